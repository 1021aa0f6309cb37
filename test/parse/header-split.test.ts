import { describe, expect, it } from 'vitest'
import { flattenHeader } from '../../server/core/parse/header.js'
import { splitRunTogether } from '../../server/core/parse/header-split.js'

describe('header labels run together in one cell (rule run-together-header)', () => {
  it('splits a cell that is wholly known labels, and nothing else', () => {
    expect(splitRunTogether('事业收入其他收入')).toEqual(['事业收入', '其他收入'])
    expect(splitRunTogether('基本支出')).toBeUndefined()
    expect(splitRunTogether('事业收入及其他')).toBeUndefined()
  })

  it('spreads the labels over the empty columns after the cell, in every header row that prints it', () => {
    const run = '一般公共预算拨款收入财政专户管理资金收入'
    const rows = [
      ['单位名称', '合计', run, '', '单位资金', '单位资金', ''],
      ['单位名称', '合计', run, '', '', '小计', '事业收入上级补助收入'],
    ]
    expect(flattenHeader(rows, 8)).toEqual([
      ['单位名称'], ['合计'], ['一般公共预算拨款收入'], ['财政专户管理资金收入'], ['单位资金'], ['单位资金', '小计'],
      ['单位资金', '事业收入'], ['单位资金', '上级补助收入'],
    ])
  })

  it('leaves the cell whole when a column it would take has a label of its own', () => {
    const rows = [['项目', '事业收入其他收入', '上年结转']]
    expect(flattenHeader(rows, 3)).toEqual([['项目'], ['事业收入其他收入'], ['上年结转']])
  })
})
