import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { eventsAsked, eventsIn, otherEventClause } from '../../../server/core/tools/lib/counted-event.js'
import { engineWith } from '../seed-engine.js'
import { countedWhatSources } from './counted-what-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(countedWhatSources())).ask({ question })
const counts = (answer: string) => [...answer.matchAll(/：(\d+)(名|人|辆)/g)].map((m) => m[1] + m[2])

describe('rule counted-event: a clause of what happened to some of a stock is not the stock', () => {
  it('names the events of a text and passes over clauses of events not asked', () => {
    expect(eventsIn('今年购置了几辆车')).toEqual(['购置'])
    expect(otherEventClause([])('主要原因是两辆老旧车辆报废')).toBe(true)
    expect(otherEventClause(['购置'])('拟购置公务用车1辆')).toBe(false)
    expect(otherEventClause([])('本部门共有公务用车5辆')).toBe(false)
    // (a purchase said plainly, 买, asks the document's 购置/购买; a 购买 already says its own event)
    expect(eventsAsked('今年买了几辆车')).toEqual(['购置', '购买', '新购'])
    expect(eventsAsked('车辆保有量多少')).toEqual([])
  })

  it.each([
    ['梧岭县水务局有几辆公务用车？', '5辆'],
    ['梧岭县水务局公务用车保有量多少辆', '5辆'],
    ['梧岭县水务局2025年计划购置几辆公务用车', '1辆'],
    ['梧岭县水务局2025年要买几辆公务用车', '1辆'],
  ])('%s → %s', (q, n) => {
    const res = ask(q)
    expect(counts(res.answer)).toEqual([n])
    expect(res.citations.length).toBeGreaterThan(0)
  })

  it('never answers how many vehicles are held from a clause of one retired, when no sentence states the stock', () => {
    const res = ask('梧岭县水土保持服务中心有几辆公务用车？')
    expect(counts(res.answer)).toEqual([])
    expect(res.answer).not.toMatch(/[1一]辆/)
    expect(res.answer).toMatch(/没有找到/)
  })
})

describe('counts asked together, each by what it counts', () => {
  it('answers 编制 and 实有 apart: 实有人数 not printed is read as the 实有在职人员 the document states, under that label', () => {
    const res = ask('梧岭县水务局有多少编制，实有多少人？')
    expect(counts(res.answer)).toEqual(['25名', '22人'])
    expect(res.answer).toContain('实有人员')
  })

  it('says a count asked beside another is not stated, rather than leaving it out', () => {
    const res = ask('梧岭县水土保持服务中心有多少编制，实有多少人？')
    expect(counts(res.answer)).toEqual(['8名'])
    expect(res.answer).toMatch(/没有关于实有人数的表述/)
  })
})
