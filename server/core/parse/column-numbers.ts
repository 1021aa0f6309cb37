import type { Row } from '../schema.js'

/**
 * Rule `column-numbers`: 决算 tables print a 栏次 line under their header, the columns numbered 1, 2, 3 … (or
 * continuing from an earlier group). A row whose figures are such a run of whole numbers, one per column in order,
 * numbers the columns: it holds no amount, whatever name the layout left on it.
 */
export function isColumnNumbering(row: Row): boolean {
  const cells = row.cells.filter((c) => c.text.trim() !== '').sort((a, b) => a.column - b.column)
  if (cells.length < 3) return false
  const first = Number(cells[0].text.trim())
  return cells.every((c, i) => /^\d{1,2}$/.test(c.text.trim()) && Number(c.text.trim()) === first + i)
}
