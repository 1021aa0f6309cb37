import { describe, expect, it } from 'vitest'
import { buildColumns, flattenHeader } from '../../server/core/parse/header.js'

// Session 45 (blind99's 教育局 决算 PDF): a 收支总表 whose income amount and spending item sat so close that their
// labels ran into one text run ("金额 支出项目（按功能分类）") over an empty column; and "收入项目" was cut into 收入 | 项目
// as two known labels. The table lost its two sides.
describe('rule run-together-header: an amount\'s label then the other side\'s item label', () => {
  it.each([
    ['收入项目', '', '金额 支出项目（按功能分类）', '金额'],
    ['收入项目', '', '金额支出项目（按功能分类）', '金额'],
  ])('%s | %s | %s | %s', (...row) => {
    const columns = buildColumns(flattenHeader([row], 4), 2024)
    expect(columns.map((c) => [c.label, c.role, c.side])).toEqual([
      ['收入项目', 'name', 'income'], ['金额', 'total', 'income'], ['支出项目（按功能分类）', 'name', 'spending'], ['金额', 'total', 'spending'],
    ])
  })
})
