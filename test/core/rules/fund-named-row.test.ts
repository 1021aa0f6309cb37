import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21: a 收支总表's rows of each fund asked by the fund's short name (rule fund-named-row), a court and a
 * prefecture's hospital asked as locals say them, two organisations each with its own year. Made-up places.
 */
const SUMMARY = (org: string, year: number, rows: [string, string][]) => [
  `${org}${year}年度部门决算`,
  `一、${org}${year}年度收入支出决算总表`,
  '单位:万元',
  '项目\t决算数',
  ...rows.map(([n, v]) => `${n}\t${v}`),
].join('\n')
const HOSPITAL = SUMMARY('贵岚省青岚州中医医院', 2020, [
  ['一、一般公共预算财政拨款收入', '4,100.20'], ['二、政府性基金预算财政拨款收入', '35.00'], ['三、国有资本经营预算财政拨款收入', '0.00'],
  ['四、事业收入', '30,200.10'], ['本年收入合计', '34,335.30'],
])
const COURT = SUMMARY('柳岸市人民法院', 2022, [
  ['一、一般公共预算财政拨款收入', '2,880.00'], ['二、政府性基金预算财政拨款收入', '0.00'], ['本年收入合计', '2,880.00'],
])
const extra = await readSources([
  { name: 'qinglan-zyy-2020-js.txt', bytes: new TextEncoder().encode(HOSPITAL) },
  { name: 'liuan-fy-2022-js.txt', bytes: new TextEncoder().encode(COURT) },
])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('rule fund-named-row: a fund’s row asked by the fund’s short name', () => {
  it.each([
    ['青岚州中医医院2020年有没有政府性基金的财政拨款收入？', '35.00万元'],
    ['青岚州中医医院2020年政府性基金财政拨款收入是多少', '35.00万元'],
    ['青岚州中医医院2020年国有资本经营财政拨款收入多少', '0.00万元'],
  ])('%s', (question, figure) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain(figure)
    expect(r.answer).not.toContain('4,100.20')
    expect(r.citations.map((c) => c.docId)).toContain('qinglan-zyy-2020-js')
  })
})

describe('guards: names as locals say them, each organisation in its own year', () => {
  it.each([
    ['青岚中医院2020年事业收入是多少？', '30,200.10万元', 'qinglan-zyy-2020-js'],
    ['柳岸法院2022年一般公共预算财政拨款收入是多少？', '2,880.00万元', 'liuan-fy-2022-js'],
  ])('%s', (question, figure, doc) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain(figure)
    expect(r.citations.map((c) => c.docId)).toEqual([doc])
  })
  it('青岚州中医院2020年和柳岸法院2022年…各是多少', () => {
    const r = engine.ask({ question: '青岚州中医院2020年和柳岸法院2022年的一般公共预算财政拨款收入各是多少？' })
    expect(r.answer).toContain('4,100.20万元')
    expect(r.answer).toContain('2,880.00万元')
  })
})
