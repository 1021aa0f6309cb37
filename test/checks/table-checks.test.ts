import { describe, expect, it } from 'vitest'
import { checkDocument, declaresRounding } from '../../server/core/checks/check-document.js'
import { Finding } from '../../server/core/checks/finding.js'
import { basicSpending, fiscalSummary, generalSpending, snippet, summary, threePublic } from './snippets.js'

const SPENDING_OK = generalSpending([
  ['合计', '', '100.00', '60.00', '40.00'],
  ['208', '社会保障和就业支出', '30.00', '30.00', ''],
  ['20805', '行政事业单位养老支出', '30.00', '30.00', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '20.00', '20.00', ''],
  ['2080506', '机关事业单位职业年金缴费支出', '10.00', '10.00', ''],
  ['210', '卫生健康支出', '70.00', '30.00', '40.00'],
])
const kinds = (prose: string[], tables: string[]) => checkDocument(snippet(prose, tables)).map((f) => `${f.severity}:${f.kind}`)

describe('table checks on made-up tables', () => {
  it('consistent tables give no finding, and every finding parses as a Finding', () => {
    const doc = snippet([], [SPENDING_OK, fiscalSummary('100.00', '', [['社会保障和就业支出', '30.00'], ['卫生健康支出', '70.00']], '100.00')])
    expect(checkDocument(doc)).toEqual([])
  })

  it.each([
    ['a parent row against its children', generalSpending([['合计', '', '100.00', '60.00', '40.00'], ['208', '社会保障和就业支出', '30.00', '30.00', ''], ['20805', '行政事业单位养老支出', '30.00', '30.00', ''], ['2080505', '机关事业单位基本养老保险缴费支出', '20.00', '20.00', ''], ['2080506', '机关事业单位职业年金缴费支出', '9.00', '9.00', ''], ['210', '卫生健康支出', '70.00', '30.00', '40.00']]), 'error:sum-children', /行政事业单位养老支出（20805）”的总计为30.00万元，但其下2项之和为29.00万元/],
    ['总计 against 基本支出 + 项目支出', generalSpending([['合计', '', '100.00', '60.00', '40.00'], ['208', '社会保障和就业支出', '30.00', '30.00', ''], ['210', '卫生健康支出', '70.00', '30.00', '35.00']]), 'error:total-parts', /卫生健康支出（210）”一行的总计为70.00万元，但基本支出30.00万元与项目支出35.00万元之和为65.00万元/],
    ['合计 against 人员经费 + 公用经费', basicSpending([['合计', '', '60.00', '50.00', '12.00'], ['301', '工资福利支出', '50.00', '50.00', ''], ['302', '商品和服务支出', '10.00', '', '12.00']]), 'error:total-parts', /合计”一行的总计为60.00万元，但人员经费50.00万元与日常公用经费12.00万元之和为62.00万元/],
    ['a 三公 total against its parts', threePublic(['3.00', '', '2.00', '', '2.00', '1.50']), 'error:total-parts', /“三公”经费合计为3.00万元，但各分项之和为3.50万元/],
    ['income total against spending total', fiscalSummary('100.00', '', [['社会保障和就业支出', '30.00'], ['卫生健康支出', '75.00']], '100.00').replace('支出合计\t100.00\t100.00', '支出合计\t105.00\t105.00'), 'error:income-spending', /收入合计为100.00万元，支出合计却为105.00万元/],
  ])('%s', (_, table, kind, message) => {
    const found = checkDocument(snippet([], [table]))
    expect(found.map((f) => `${f.severity}:${f.kind}`)).toContain(kind)
    expect(found.map((f) => f.message).join('\n')).toMatch(message)
    for (const f of found) expect(Finding.parse(f)).toEqual(f)
  })

  it('the same subject in two tables: 收支总表 against 财政拨款收支总表, naming the 上年结转 that explains the gap', () => {
    const doc = snippet([], [
      fiscalSummary('90.00', '10.00', [['社会保障和就业支出', '30.00'], ['卫生健康支出', '70.00']], '100.00'),
      summary('100.00', [['社会保障和就业支出', '30.00'], ['卫生健康支出', '70.00']], '100.00'),
    ])
    const [f] = checkDocument(doc).filter((x) => x.kind === 'cross-table')
    expect(f.severity).toBe('error')
    expect(f.message).toMatch(/表六《收支总表》中“一般公共预算资金”为100.00万元，但表一《财政拨款收支总表》中“一般公共预算资金”为90.00万元，相差的10.00万元正是.*上年结转/)
    expect(f.citations.map((c) => c.tableNumber)).toEqual(['表六', '表一'])
    expect(f.citations.every((c) => c.rowId && c.value)).toBe(true)
  })

  it('a 0.01 gap rounding explains: info when the document is silent, nothing when it declares rounding', () => {
    const table = basicSpending([['合计', '', '60.00', '50.00', '10.00'], ['301', '工资福利支出', '50.00', '50.00', ''], ['30101', '基本工资', '20.00', '20.00', ''], ['30102', '津贴补贴', '29.99', '29.99', ''], ['302', '商品和服务支出', '10.00', '', '10.00']])
    const silent = checkDocument(snippet([], [table]))
    expect(silent.map((f) => `${f.severity}:${f.kind}`)).toEqual(['info:sum-children'])
    expect(silent[0].message).toMatch(/50.00万元，但其下2项之和为49.99万元（差额在四舍五入范围内/)
    const declared = snippet(['因四舍五入原因，上述明细直接加总与汇总不等。'], [table])
    expect(declaresRounding(declared)).toBe(true)
    expect(checkDocument(declared)).toEqual([])
  })

  it('a 0.02 gap across two addends is beyond rounding: an error', () => {
    expect(kinds([], [basicSpending([['合计', '', '60.00', '50.00', '10.00'], ['301', '工资福利支出', '50.00', '50.00', ''], ['30101', '基本工资', '20.00', '20.00', ''], ['30102', '津贴补贴', '29.98', '29.98', ''], ['302', '商品和服务支出', '10.00', '', '10.00']])]))
      .toEqual(['error:sum-children'])
  })
})
