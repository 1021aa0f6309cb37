import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { askClauses } from '../../../server/core/planner/rules/ask-clauses.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20: one organisation asked two things, each in an ask of its own (rule ask-clauses), and counts in a measure
 * word the usual counts leave out (张 of beds). A made-up hospital page with no heading (柳岸县中医院).
 */
const PAGE = [
  '第一部分 柳岸县中医院概况',
  '一、职能简介',
  '1.柳岸县中医院始建于1956年,是一所二级甲等中医医院。',
  '2.医院占地面积62亩,设有14个一级学科,9个医技科室。现有编制床位620张[其中,本部院区编制床位400张,城南院区编制床位220张],实际开放床位688张。在岗职工702人。',
  '第二部分2024年单位预算情况说明',
].join('\n')

const extra = await readSources([{ name: 'liuan-zyy-2024-dwys.txt', bytes: new TextEncoder().encode(PAGE) }])
const { corpus } = buildCorpus(seedSources(extra))
const engine = createEngine(corpus)
const ask = (question: string) => engine.ask({ question })

describe('counts in 张', () => {
  it('编制床位 is a count of beds, not the 编制 of staff', () => {
    const r = ask('柳岸县中医院编制床位有多少张？')
    expect(r.answer).toMatch(/编制床位：620张/)
    expect(r.answer).not.toMatch(/编制床位：688/)
  })
  it('实际开放床位 is its own count', () => {
    expect(ask('柳岸县中医院实际开放床位有多少张？').answer).toContain('688张')
  })
})

describe('rule ask-clauses: each thing asked in an ask of its own', () => {
  it('the later ask with its noun left out (实际开放了多少张) counts the first ask’s noun, each figure under its own name', () => {
    const r = ask('柳岸县中医院编制床位有多少张？实际开放了多少张？')
    expect(r.answer).toMatch(/编制床位：620张/)
    expect(r.answer).toMatch(/实际开放床位：688张/)
    expect(r.answer).not.toMatch(/编制床位：688/)
    expect(r.citations.every((c) => c.docId === 'liuan-zyy-2024-dwys')).toBe(true)
  })
  it('asks tied by a comparison, a change or a share are one reading; an ask naming nothing of its own is no ask', () => {
    const split = (q: string) => askClauses(parseQuestion(corpus, q))
    expect(split('柳岸县中医院编制床位有多少张？实际开放了多少张？')).toEqual(['柳岸县中医院编制床位有多少张?', '实际开放床位多少张?'])
    expect(split('柳岸县中医院公务接待费是多少？比上年增加多少？')).toBeUndefined()
    expect(split('柳岸县中医院公务接待费是多少？占三公经费的比例是多少？')).toBeUndefined()
    expect(split('柳岸县中医院公务接待费是多少？是多少？')).toBeUndefined()
    // two columns of one subject (决算, 年初预算) are one reading
    expect(split('柳岸县中医院2130122农业生产发展决算多少？年初预算多少？')).toBeUndefined()
  })
})

/** A 三公 决算 page counting trips abroad and receptions in the same words (批次, 人次). Made-up department. */
const SANGONG = [
  '2015年青岚市文化局部门决算公示说明—三公经费',
  '因公出国(境)支出86.42万元。2015年累计16个批次、出国累计136人次。',
  '公务接待费支出15.71万元。国内公务接待批次累计168批次,国内公务接待人次1284人次。',
].join('\n')
const sg = await readSources([{ name: 'qinglan-whj-2015-sangong.txt', bytes: new TextEncoder().encode(SANGONG) }])
const sgEngine = createEngine(buildCorpus(seedSources(sg)).corpus)

describe('批次 and 人次 asked of trips abroad', () => {
  it('are the trips’ counts, never the receptions’', () => {
    const r = sgEngine.ask({ question: '青岚市文化局2015年出国一共多少批次、多少人次？' })
    expect(r.answer).toContain('16批次')
    expect(r.answer).toContain('136人次')
    expect(r.answer).not.toContain('1284')
  })
  it('asked of receptions, the receptions’', () => {
    const r = sgEngine.ask({ question: '青岚市文化局2015年公务接待多少批次、多少人次？' })
    expect(r.answer).toContain('168批次')
    expect(r.answer).toContain('1284人次')
  })
})
