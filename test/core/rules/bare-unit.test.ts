import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { bareUnitAtHead } from '../../../server/core/tools/lib/bare-unit.js'
import { engineWith } from '../seed-engine.js'
import { unitAbbrevSources } from './unit-abbrev-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(unitAbbrevSources())).ask({ question })
const HELD = ['岚溪市食品药品监督管理局', '岚溪市城市管理局', '岚溪市城乡规划管理局', '溪口县住房保障和房产管理局']
const orgsIn = (answer: string) => HELD.filter((o) => answer.includes(o))
const FIGURE = /\d[\d,]*\.\d\d万元/

describe('rule bare-unit: a department named with no place at the head of a question', () => {
  it.each([
    ['文旅局的基本支出是多少', '文旅局'],
    ['请问教育局2024年三公经费', '教育局'],
    ['发改委今年预算多少', '发改委'],
    ['我想知道卫生健康委员会的项目支出', '卫生健康委员会'],
  ])('%s names %s', (q, unit) => expect(bareUnitAtHead(q)?.text).toBe(unit))

  it.each(['数据中心建设项目资金多少', '办公费是多少', '局长是谁', '基本支出是多少', '中心的预算', '全市城市管理局有哪些项目', '各区医保局的基本支出'])('%s names no department', (q) =>
    expect(bareUnitAtHead(q)).toBeUndefined(),
  )

  it.each(['文旅局的基本支出是多少', '请问教育局2025年基本支出是多少'])('%s: a department no held unit is or abbreviates is not found, never every organisation', (q) => {
    const res = ask(q)
    expect(res.answer).toMatch(/没有找到/)
    expect(res.answer).not.toMatch(FIGURE)
    expect(orgsIn(res.answer)).toEqual([])
    expect(res.citations).toEqual([])
  })

  it('a short form that fits exactly one held unit anywhere answers for that unit', () => {
    const res = ask('食药监局2025年基本支出是多少？')
    expect(res.answer).toContain('512.40')
    expect(orgsIn(res.answer)).toEqual(['岚溪市食品药品监督管理局'])
  })

  it('a short form that fits two held units asks which, with no figure', () => {
    const res = ask('城管局2025年基本支出是多少？')
    expect(res.answer).not.toMatch(FIGURE)
    expect(orgsIn(res.answer).sort()).toEqual(['岚溪市城乡规划管理局', '岚溪市城市管理局'])
  })
})
