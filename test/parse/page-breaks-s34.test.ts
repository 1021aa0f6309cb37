import { describe, expect, it } from 'vitest'
import type { Cell, Column, Row, Table } from '../../server/core/schema.js'
import { parseAmount } from '../../server/core/parse/amount.js'
import { joinWrappedNames, remapRepeatedHeader } from '../../server/core/parse/page-breaks.js'

/**
 * Session 34: what a page break leaves inside a table read from a page's text (rules wrapped-name, repeated-header),
 * on tables built by hand as an unruled PDF's reading gives them. Made-up figures.
 */
const col = (index: number, label: string, role: Column['role']): Column => ({ index, path: [label], label, role })
const cell = (column: number, text: string): Cell => {
  const amount = text && text !== '—' ? parseAmount(text, '万元') : undefined
  return amount ? { column, text, amount } : { column, text }
}
let line = 10
const row = (index: number, code: string | undefined, name: string, cells: [number, string][]): Row => ({
  id: `d/t0/r${index}`, index, ...(code ? { code } : {}), name, level: code ? Math.max(1, Math.ceil((code.length - 1) / 2)) : 0,
  isTotal: name === '合计', cells: cells.map(([c, t]) => cell(c, t)), lines: [line, line++],
})
const table = (rows: Row[], columns: Column[]): Table => ({
  id: 'd/t0', docId: 'd', index: 0, title: '表5一般公共预算支出表', kind: 'general-spending', unit: '万元', year: 2025,
  columns, rows, fields: [], noData: false, notes: [], lines: [1, 99], headerLines: [], captionLines: [],
})

describe('a page break inside a table', () => {
  it('joins a name wrapped onto a line of its own to its row (rule wrapped-name)', () => {
    const t = joinWrappedNames(table([
      row(0, '2080505', '机关事业单位基本养老保险', [[2, '96.48'], [3, '96.48']]),
      row(1, undefined, '缴费支出', [[2, ''], [3, '']]),
      row(2, '2080506', '机关事业单位职业年金缴费支出', [[2, '48.24'], [3, '48.24']]),
      row(3, undefined, '合计', [[2, '144.72'], [3, '144.72']]),
    ], [col(0, '科目编码', 'code'), col(1, '科目名称', 'name'), col(2, '合计', 'total'), col(3, '基本支出', 'basic')]))
    expect(t.rows.map((r) => r.name)).toEqual(['机关事业单位基本养老保险缴费支出', '机关事业单位职业年金缴费支出', '合计'])
    expect(t.rows.map((r) => r.id)).toEqual(['d/t0/r0', 'd/t0/r1', 'd/t0/r2'])
  })
  it('keeps a numbered group line without amounts as a row', () => {
    const t = joinWrappedNames(table([
      row(0, '208', '社会保障和就业支出', [[2, '96.48']]),
      row(1, undefined, '一、工资福利', [[2, '']]),
      row(2, '30101', '基本工资', [[2, '50.00']]),
    ], [col(0, '科目编码', 'code'), col(1, '科目名称', 'name'), col(2, '合计', 'total')]))
    expect(t.rows).toHaveLength(3)
  })
  it('moves the rows after a repeated header to the columns it names (rule repeated-header)', () => {
    const columns = [col(0, '功能科目编码', 'code'), col(1, '功能科目名称', 'name'), col(2, '第3列', 'amount'), col(3, '合计', 'total'), col(4, '基本支出', 'basic'), col(5, '项目支出', 'project')]
    const t = remapRepeatedHeader(table([
      row(0, '211', '节能环保支出', [[2, ''], [3, '1,211.58'], [4, '627.78'], [5, '583.80']]),
      row(1, undefined, '续表', [[2, '表5'], [3, '一般公共预算支出表']]),
      row(2, undefined, '单位：万元', []),
      row(3, undefined, '功能科目名称', [[2, '合计'], [3, '基本支出'], [4, '项目支出']]),
      row(4, '2110104', '生态环境监测与信息', [[2, '1,187.58'], [3, '627.78'], [4, '559.80']]),
      row(5, undefined, '合计', [[2, '1,486.32'], [3, '902.52'], [4, '583.80']]),
    ], columns))
    expect(t.rows.map((r) => r.name)).toEqual(['节能环保支出', '生态环境监测与信息', '合计'])
    const monitoring = t.rows[1]
    expect(monitoring.cells.find((c) => c.column === 5)?.amount?.fen).toBe(559_800_000)
    expect(monitoring.cells.find((c) => c.column === 3)?.amount?.fen).toBe(1_187_580_000)
    expect(t.captionLines.length).toBeGreaterThan(0)
  })
})
