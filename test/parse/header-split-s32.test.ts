import { describe, expect, it } from 'vitest'
import { splitRunTogetherHeaders } from '../../server/core/parse/header-split.js'

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
