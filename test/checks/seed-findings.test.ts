import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { Finding } from '../../server/core/checks/finding.js'
import { parseSeed } from '../parse/helpers.js'

/** The findings of each seed, read one by one against the source text (see the report of issue 6). */
const found = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, checkDocument(parseSeed(p))]))
const byKind = (p: string) => found[p].reduce<Record<string, number>>((m, f) => ({ ...m, [`${f.severity}:${f.kind}`]: (m[`${f.severity}:${f.kind}`] ?? 0) + 1 }), {})
const one = (p: string, kind: string, re: RegExp) => {
  const hits = found[p].filter((f) => f.kind === kind && re.test(f.message))
  expect(hits, `${p} ${kind} ${re}`).toHaveLength(1)
  return hits[0]
}

describe('findings in the seeds', () => {
  it('every finding is a valid Finding with a stable, unique id and both sides cited', () => {
    for (const list of Object.values(found)) {
      expect(new Set(list.map((f) => f.id)).size).toBe(list.length)
      for (const f of list) expect(Finding.parse(f)).toEqual(f)
    }
  })

  it('seed-wide counts per document and kind', () => {
    expect(Object.fromEntries(Object.keys(found).map((p) => [p, byKind(p)]))).toEqual({
      '000': { 'warning:prose-table': 1, 'warning:prose-self': 1, 'warning:prose-reason': 1, 'info:sum-children': 2 },
      '001': { 'warning:income-spending': 1, 'warning:prose-table': 1, 'info:sum-children': 1 },
      '002': { 'warning:prose-self': 2 },
      '003': { 'warning:prose-self': 1, 'warning:prose-change': 1 },
      '004': { 'error:cross-table': 1, 'warning:prose-table': 2, 'info:sum-children': 8, 'info:total-parts': 1, 'info:prose-change': 2 },
    })
  })

  it('000 江北: prose 公务用车运行维护费 6.00 against the 三公 table 5.50, and 0.50 + 6.00 against the stated 6.00', () => {
    const f = one('000', 'prose-table', /公务用车运行维护费为6.00万元/)
    expect(f.message).toMatch(/表四《一般公共预算“三公”经费支出表》中“公务用车运行费”为5.50万元/)
    expect(f.citations.map((c) => [c.kind, c.value, c.lines[0]])).toEqual([['paragraph', '6.00', 41], ['row', '5.50', 166]])
    expect(one('000', 'prose-self', /公务接待费0.50万元、公务用车运行维护费6.00万元之和为6.50万元/).citations[0].lines).toEqual([41, 41])
  })

  it('000 江北: 机关运行经费 “减少4.84” while its reason says it increased', () => {
    expect(one('000', 'prose-reason', /机关运行经费比上年减少4.84万元/).message).toMatch(/相应机关运行经费增加/)
  })

  it('000 江北: 工资福利支出 485.47 against its items 485.46 is a rounding note (the document declares no rounding)', () => {
    const f = one('000', 'sum-children', /工资福利支出（301）”的总计为485.47万元，但其下10项之和为485.46万元/)
    expect(f.severity).toBe('info')
  })

  it('001 綦江: prose 三公 1万元 while the 三公 table is empty; 部门收支总表 leaves 支出总计 blank', () => {
    expect(one('001', 'prose-table', /“三公”经费预算为1万元，但附件4-4.*没有列出任何数字/).citations[1]).toMatchObject({ tableNumber: '附件4-4' })
    expect(one('001', 'income-spending', /收入总计为575.01万元，但支出总计一栏空白/).severity).toBe('warning')
  })

  it('002 开州 (prose only): the whole 487.64 called 一般公共服务支出; 基本支出 164.14 of 487.64 with no 项目支出', () => {
    one('002', 'prose-self', /又把全部487.64万元都列为一般公共服务支出，而其余各项已合计487.64万元/)
    one('002', 'prose-self', /其中只列出基本支出164.14万元，没有说明其余323.50万元（项目支出）/)
    // 23.02 + 2.14 = 25.16 against 25.15: the document declares 因四舍五入, so no finding
    expect(found['002'].some((f) => f.kind === 'prose-change')).toBe(false)
  })

  it('003 渝北: 79.1% against 79.05%, 下降0.2% against 0.15%; 30113 and 50103 are different classifications, not compared', () => {
    one('003', 'prose-self', /项目支出33,155,882.14元占79.1%，但按41,944,713.02元计算应为79.05%/)
    one('003', 'prose-change', /住房公积金减少834.72元、下降0.2%，但按上年574,177.92元计算应为下降0.15%/)
    expect(found['003'].some((f) => f.kind === 'cross-table')).toBe(false)
  })

  it('004 南岸: 6,708.11 called 一般公共预算 while 表一 lists 6,430.34 + 上年结转 277.77; −98.44 against +53.25 − 151.70', () => {
    const x = one('004', 'cross-table', /表六.*“一般公共预算资金”为6,708.11万元，但表一.*为6,430.34万元，相差的277.77万元正是.*上年结转/)
    expect(x.severity).toBe('error')
    const prose = found['004'].filter((f) => f.kind === 'prose-table')
    expect(prose.map((f) => f.citations[0].lines[0])).toEqual([41, 47])
    for (const f of prose) expect(f.message).toMatch(/^正文称一般公共预算拨款收入为6708.11万元，但表一.*6,430.34万元，相差的277.77万元/)
    const c = found['004'].filter((f) => f.kind === 'prose-change')
    expect(c.map((f) => [f.severity, /合计减少98.45万元/.test(f.message)])).toEqual([['info', true], ['info', true]])
  })
})
