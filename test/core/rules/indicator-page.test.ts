import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22: a city's form of hospital indicators filled in by one hospital ("某市公立医院财务信息公开指标(某县人民
 * 医院)"), its table copied one row per paragraph with single spaces, a 单位 column per row and a group label on
 * each group's first row; the year columns named by a line of years under the header. Rules finance-notice-title
 * (the hospital in brackets), spaced-header-rows, group-label-column, row-unit-column; then asked: a count of the
 * earlier year, a row in the question's own words (总收入), a count split around its ask (门诊多少人次), a printed rate
 * row. A made-up hospital and figures.
 */
const PAGE = [
  '<html><head><meta charset="utf-8"><title>柳州府市公立医院财务信息公开指标( 青岩县人民 医院)</title></head><body>',
  '<p>柳州府市公立医院财务信息公开指标( 青岩县人民 医院)</p>',
  '<p>公开时段:第 1 月至第 12 月</p>',
  '<p>一级指标 二级指标 单位 上年度 本年度 增长</p>',
  '<p>(2020年) (2021年)</p>',
  '<p>经济指标 总收入 万元 10000.00 11000.00 10.00%</p>',
  '<p>总支出 万元 9000.00 9900.00 10.00%</p>',
  '<p>资源配置 门诊人次 人次 400000 420000 5.00%</p>',
  '<p>出院人次 人次 20000 19000 -5.00%</p>',
  '<p>医疗效率 平均住院天数 7.5 7.2 -4.00%</p>',
  '<p>医院收入结构 检查化验收入占比 % 25.10 26.30 1.20</p>',
  '<p>药品收入占比 % 30.00 28.00 -2.00</p>',
  '</body></html>',
].join('\n')

describe('a hospital indicator page', () => {
  const { document: d } = parseDocument('qingyan-rmyy-2021.html', PAGE)
  it('is the bracketed hospital\'s account of the latest year its columns name', () => {
    expect(d).toMatchObject({ org: '青岩县人民医院', year: 2021, scope: '单位决算' })
  })
  it('reads the single-spaced rows as a table: each row named by its own label, figures in its own unit', () => {
    expect(d.tables).toHaveLength(1)
    const t = d.tables[0]
    expect(t.rows.map((r) => r.name)).toEqual(['总收入', '总支出', '门诊人次', '出院人次', '平均住院天数', '检查化验收入占比', '药品收入占比'])
    const cell = (row: string, col: number) => t.rows.find((r) => r.name === row)!.cells.find((c) => c.column === col)!.amount
    const [prior, current] = [t.columns.find((c) => c.role === 'prior')!, t.columns.find((c) => c.year === 2021)!]
    expect(prior.year).toBe(2020)
    expect(cell('总收入', current.index)).toMatchObject({ unit: '万元', fen: 11000_00_0000 })
    expect(cell('门诊人次', prior.index)).toMatchObject({ unit: '人次', value: '400000' })
    expect(cell('检查化验收入占比', current.index)).toMatchObject({ unit: '%' })
    expect(cell('平均住院天数', current.index)?.unit).toBe('天')
  })
  it('a line of words without figures under it is no table', () => {
    const { document: p } = parseDocument('x.txt', ['柳岸县财政局2021年部门预算', '一级指标 二级指标 单位 上年度 本年度 增长', '本页说明各项指标的口径。'].join('\n'))
    expect(p.tables).toHaveLength(0)
  })
})

describe('questions on a hospital indicator page', async () => {
  const extra = await readSources([{ name: 'qingyan-rmyy-2021.html', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('a row asked in the question\'s own words (总收入), this year and the year before', () => {
    expect(engine.ask({ question: '青岩县人民医院2021年总收入多少？' }).answer).toContain('11000.00万元')
    expect(engine.ask({ question: '青岩县人民医院2020年的总收入是多少？' }).answer).toContain('10000.00万元')
  })
  it('a count of the earlier year is read from that year\'s column', () => {
    expect(engine.ask({ question: '青岩县人民医院2020年出院人次是多少？' }).answer).toMatch(/20,?000人次/)
  })
  it('a count split around its ask is the row of both words, not a 公务接待 count', () => {
    const r = engine.ask({ question: '青岩县人民医院2021年门诊多少人次？' })
    expect(r.answer).toMatch(/420,?000人次/)
    expect(r.answer).not.toContain('接待')
  })
  it('a row left without its unit counts what its name says (平均住院天数 in 天); 住院 is no organisation', () => {
    const r = engine.ask({ question: '青岩县人民医院2021年平均住院几天？' })
    expect(r.answer).toContain('7.2天')
    expect(r.answer).not.toContain('没有收录')
  })
  it('a printed rate row is the share asked, never a share of it', () => {
    expect(engine.ask({ question: '青岩县人民医院2021年检查化验收入占比是多少？' }).answer).toContain('26.30%')
  })
})
