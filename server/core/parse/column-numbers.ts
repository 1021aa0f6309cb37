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

/**
 * Rule `column-number-row`: 决算 tables number their columns under the header ("栏次 | | 1 | 2 | 3", or the numbers
 * alone). That row is part of the header, never data: read as data it is a row named 栏次 (or an unnamed 合计)
 * whose "amounts" are 1, 2, 3.
 */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean)
  const labelled = /^栏\s*次$/.test(filled[0] ?? '')
  const nums = filled.filter((c) => !/^栏\s*次$/.test(c))
  if (!nums.length || !nums.every((c) => /^\d{1,2}$/.test(c))) return false
  if (labelled) return true
  return nums.length >= 3 && nums.every((c, i) => i === 0 || Number(c) === Number(nums[i - 1]) + 1)
}
