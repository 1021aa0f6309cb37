import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { columnNumberWords, isColumnNumberRow, isColumnNumbering } from '../../server/core/parse/column-numbers.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { FINAL_ACCOUNTS_DOC } from '../core/rules/final-accounts-fixture.js'
import { rowByCode, tableByTitle } from './helpers.js'

const doc = () => parseDocument('dongpu_lyj_2023_bmjs.txt', FINAL_ACCOUNTS_DOC).document

describe('rule column-number-row with the code and name labels on it', () => {
  it.each([
    [['功能分类科目编码', '科目名称', '1', '2', '3'], true, [0, 1]],
    [['支出功能分类科目编码', '', '1', '2', '3', '4'], true, [0]],
    [['栏次', '', '1', '2', '3'], true, []],
    // a data row: a name that is no column label, or numbers that do not run 1, 2, 3
    [['合计', '', '1', '2', '3'], false, []],
    [['科目名称', '2', '5', '9'], false, []],
    [['行政运行', '12', '13', '14'], false, []],
    // a PDF layout that ran two numbers into one cell: still the columns' numbers
    [['1 2', '3 4', '5', '6', '7'], true, []],
    [['1 2', '', '5 6', '7'], false, []],
  ])('%j → %s', (cells, numbering, words) => {
    expect(isColumnNumberRow(cells)).toBe(numbering)
    expect(columnNumberWords(cells)).toEqual(words)
  })

  it('a numbering row whose numbers a layout ran together or left in the name\'s place holds no amount', () => {
    const cells = (xs: string[]) => xs.map((text, column) => ({ column, text }))
    expect(isColumnNumbering({ id: 'r0', name: '3 4', cells: cells(['1 2', '', '5', '6', '7', '8']) } as never)).toBe(true)
    // counts of a statistics row are figures, whatever their size
    expect(isColumnNumbering({ id: 'r1', name: '接待批次', cells: cells(['3', '4', '5']) } as never)).toBe(false)
    expect(isColumnNumbering({ id: 'r2', name: '3 4', cells: cells(['1 2', '6', '7']) } as never)).toBe(false)
    expect(isColumnNumbering({ id: 'r3', name: '栏次', cells: cells(['1', '2', '3']) } as never)).toBe(true)
  })

  it('reads the line as header: its words label the code and name columns, and no row is made of it', () => {
    const t = tableByTitle(doc(), /^收入决算表$/)
    expect(t.columns.slice(0, 3).map((c) => [c.role, c.label])).toEqual([['code', '项目 › 功能分类科目编码'], ['name', '项目 › 科目名称'], ['total', '本年收入合计']])
    expect(t.rows[0]).toMatchObject({ name: '合计', isTotal: true })
    expect(rowByCode(t, '2130205').name).toBe('森林资源培育')
  })
})

describe('checks of a 决算', () => {
  it('does not hold the 收入决算表 to the 支出决算表: the year’s income and spending differ by what was carried over', () => {
    const kinds = checkDocument(doc()).map((f) => `${f.kind}: ${f.message}`)
    expect(kinds.filter((k) => /收入决算表/.test(k))).toEqual([])
  })
})
