import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind105's city budget report, its 附表 printing 全市 and 市本级 side by side, each a group of columns): the
// 市本级 asked was read from the 全市 group (a wrong figure, cited); a code asked "执行了多少" with no year was "not found" in
// the 2026 tables while the report's 2025 执行情况表 prints it; a group of three-digit amounts (400 | 350 | 760) was taken
// for a column of codes.
const PAGE = [
  '<html><head><meta charset="utf-8"><title>关于澜溪市2025年预算执行情况和2026年预算草案的报告</title></head><body>',
  '<p>关于澜溪市2025年预算执行情况和2026年预算草案的报告</p>',
  '<p>一、2025年预算执行情况</p>',
  '<p>全市一般公共预算支出执行1960万元，市本级一般公共预算支出执行760万元。</p>',
  '<p>农林水支出990万元，为预算的94.0%。</p>',
  '<p>二、2026年预算草案</p>',
  '<p>全市一般公共预算支出安排2050万元。</p>',
  '<p>附表1 澜溪市2025年一般公共预算支出执行情况表</p>',
  '<p>单位：万元</p>',
  '<table>',
  '<tr><td rowspan="2">项目</td><td colspan="3">全市</td><td colspan="3">市本级</td></tr>',
  '<tr><td>预算数</td><td>执行数</td><td>为预算%</td><td>预算数</td><td>执行数</td><td>为预算%</td></tr>',
  '<tr><td>205 教育支出</td><td>1000</td><td>1020</td><td>102.0</td><td>400</td><td>410</td><td>102.5</td></tr>',
  '<tr><td>213 农林水支出</td><td>1000</td><td>940</td><td>94.0</td><td>400</td><td>350</td><td>87.5</td></tr>',
  '<tr><td>一般公共预算支出合计</td><td>2000</td><td>1960</td><td>98.0</td><td>800</td><td>760</td><td>95.0</td></tr>',
  '</table>',
  '<p>附表2 澜溪市2026年一般公共预算支出预算表</p>',
  '<p>单位：万元</p>',
  '<table>',
  '<tr><td>项目</td><td>全市</td><td>市本级</td></tr>',
  '<tr><td>一般公共预算支出合计</td><td>2050</td><td>820</td></tr>',
  '</table>',
  '</body></html>',
].join('\n')
const corpus = buildCorpus([{ name: 'lanxi-2026-ysbg.html', bytes: new TextEncoder().encode(PAGE) }]).corpus
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(corpus)).ask({ question })

describe('rules account-columns and closed-year-asked', () => {
  it('reads three-digit amounts under an amount header as amounts', () => {
    const t = corpus.documents[0].tables.find((x) => x.title.includes('执行情况'))!
    expect(t.columns.filter((c) => c.path[0] === '市本级').map((c) => c.role)).not.toContain('text')
  })
  it('reads the account asked from its own group of columns, and says the account', () => {
    const own = ask('澜溪市本级2025年一般公共预算支出执行数是多少')
    expect(own.answer).toContain('760万元')
    expect(own.answer).not.toContain('1960万元')
    const whole = ask('澜溪市全市2025年213科目执行多少')
    expect(whole.answer).toMatch(/全市农林水支出[^。]*940万元/)
    expect(ask('澜溪市本级2025年213科目执行多少').answer).toMatch(/市本级农林水支出[^。]*350万元/)
  })
  it('answers the amount executed asked with no year from the year the report executed, said so', () => {
    const a = ask('澜溪市本级213科目执行了多少')
    expect(a.answer).toContain('350万元')
    expect(a.answer).toContain('2025年')
    expect(ask('澜溪市本级205科目完成预算的百分之多少').answer).toContain('102.5%')
  })
  it('reads the executed amount asked with no year from the 执行情况表 before the prose that contradicts it', () => {
    const a = ask('澜溪市全市农林水支出执行数是多少')
    expect(a.answer).toMatch(/执行数为940万元/)
    expect(a.answer).not.toMatch(/为990万元/)
  })
})
