import { describe, expect, it } from 'vitest'
import { splitRunTogetherHeaders } from '../../server/core/parse/header-split.js'
import { buildColumns } from '../../server/core/parse/header.js'

/**
 * Session 32: a PDF's header whose labels wrap at different heights is read as one cell of known labels run together,
 * centred over the columns it spans, empty cells on both its sides (rule run-together-header): each label goes to
 * its own column, in order, when the free columns on both sides are exactly enough.
 */
describe('a run of header labels centred over its columns', () => {
  it('spreads over the free columns on both its sides', () => {
    const g = [['单位名称', '合计', '', '上年结转一般公共预算拨款收入政府性基金预算拨款收入国有资本经营预算拨款收入事业收入', '', '', '', '其他收入']]
    splitRunTogetherHeaders(g)
    expect(g[0]).toEqual(['单位名称', '合计', '上年结转', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '事业收入', '其他收入'])
  })
  it('stays as printed when the free columns are not exactly enough', () => {
    const g = [['单位名称', '合计', '', '一般公共预算拨款收入事业收入', '', '', '其他收入']]
    splitRunTogetherHeaders(g)
    expect(g[0]).toEqual(['单位名称', '合计', '', '一般公共预算拨款收入', '事业收入', '', '其他收入'])
    const h = [['单位名称', '', '一般公共预算拨款收入事业收入其他收入', '合计']]
    splitRunTogetherHeaders(h)
    expect(h[0]).toEqual(['单位名称', '', '一般公共预算拨款收入事业收入其他收入', '合计'])
  })
})

/**
 * Session 32: a 小计 under 基本支出 beside columns of its own ("本年支出合计 | 基本支出 › 小计 | 人员经费 | 公用经费 | 项目支出")
 * is the 基本支出 column, not the table's total; a table that is wholly 基本支出 keeps its 总计 the total.
 */
describe('a subtotal under 基本支出 or 项目支出', () => {
  it('is that column beside the table’s other columns', () => {
    const cols = buildColumns([['科目编码'], ['科目名称'], ['本年支出合计'], ['基本支出', '小计'], ['基本支出', '人员经费'], ['基本支出', '公用经费'], ['项目支出', '小计']], 2024)
    expect(cols.map((c) => c.role)).toEqual(['code', 'name', 'total', 'basic', 'personnel', 'public', 'project'])
  })
  it('stays the total of a table that is wholly 基本支出', () => {
    const cols = buildColumns([['科目编码'], ['科目名称'], ['2026年基本支出', '总计'], ['2026年基本支出', '人员经费'], ['2026年基本支出', '公用经费']], 2026)
    expect(cols[2].role).toBe('total')
  })
})
