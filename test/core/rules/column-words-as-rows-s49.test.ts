import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'

// Session 49 (blind106's 卫健局 workbook): a units' indicators table prints 基本支出 and 项目支出 as rows, so the words
// were read as rows everywhere: "2100403妇幼保健机构的基本支出" was given the code's total, and "…是多少？其中基本支出多少"
// the department's 基本支出 as the code's (a wrong figure, cited); a unit's 资产总额 asked was given its income row.
const PAGE = [
  '青川县卫生健康局2024年度部门决算',
  '表1 支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '210\t卫生健康支出\t3000.00\t2000.00\t1000.00',
  '2100403\t妇幼保健机构\t1800.00\t1500.00\t300.00',
  '2100408\t基本公共卫生服务\t1200.00\t500.00\t700.00',
  '\t合计\t3000.00\t2000.00\t1000.00',
  '表2 收入决算表',
  '单位：万元',
  '单位名称\t本年收入合计\t一般公共预算财政拨款收入\t事业收入',
  '合计\t3000.00\t2000.00\t1000.00',
  '青川县卫生健康局（本级）\t900.00\t900.00\t0.00',
  '青川县妇幼保健院\t2100.00\t1100.00\t1000.00',
  '表3 国有资产占用情况表',
  '单位：万元',
  '单位名称\t资产总额\t流动资产\t固定资产',
  '合计\t8000.00\t3000.00\t5000.00',
  '青川县卫生健康局（本级）\t1500.00\t500.00\t1000.00',
  '青川县妇幼保健院\t6500.00\t2500.00\t4000.00',
  '表4 所属单位主要指标对比表',
  '单位：万元',
  '项目\t局机关\t妇幼保健院\t部门合计',
  '基本支出\t500.00\t1500.00\t2000.00',
  '项目支出\t400.00\t600.00\t1000.00',
].join('\n')
const corpus = buildCorpus([{ name: 'qingchuan-wjj-2024-bmjs.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(corpus)).ask({ question })

describe('column words some table prints as rows', () => {
  it('reads a code’s column asked after 的', () => {
    const f = parseQuestion(corpus, '2100403妇幼保健机构的基本支出是多少（青川县卫生健康局）')
    expect(f.concepts.map((c) => c.name)).toEqual(['2100403'])
    expect(f.columns).toContain('basic')
    const a = ask('2100403妇幼保健机构的基本支出是多少（青川县卫生健康局）')
    expect(a.answer).toContain('1500.00万元')
    expect(a.answer).not.toContain('2000.00万元')
  })
  it('reads a code’s column asked after 其中 in an ask of its own', () => {
    const a = ask('青川县卫生健康局2100403妇幼保健机构是多少？其中基本支出多少')
    expect(a.answer).toContain('1800.00万元')
    expect(a.answer).toMatch(/基本支出[^。]{0,4}1500\.00万元/)
    expect(a.answer).not.toContain('2000.00万元')
  })
  it('reads a unit’s column a per-unit table names, never its income row', () => {
    const a = ask('青川县妇幼保健院资产总额是多少')
    expect(a.answer).toContain('6500.00万元')
    expect(a.answer).not.toContain('2100.00万元')
  })
})
