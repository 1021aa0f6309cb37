import type { Row } from '../schema.js'

/**
 * Rule `column-numbers`: 决算 tables print a 栏次 line under their header, the columns numbered 1, 2, 3 … (or
 * continuing from an earlier group). A row whose figures are such a run of whole numbers, one per column in order,
 * numbers the columns: it holds no amount, whatever name the layout left on it.
 */
export function isColumnNumbering(row: Row): boolean {
  const cells = row.cells.filter((c) => c.text.trim() !== '').sort((a, b) => a.column - b.column)
  const inCells = cells.flatMap((c) => tokens(c.text))
  // a PDF layout may run two numbers into one cell ("1 2") or leave some in the name's place ("3 4")
  const inName = tokens((row.name ?? '').replace(/^[栏行]\s*次$/, ''))
  if (inCells.length < 3 || !inCells.every(isSmallNumber) || !inName.every(isSmallNumber)) return false
  const increasing = inCells.every((t, i) => i === 0 || Number(t) > Number(inCells[i - 1]))
  return increasing && isRun([...inCells, ...inName].sort((a, b) => Number(a) - Number(b)))
}

const tokens = (s: string) => s.trim().split(/\s+/).filter(Boolean)
const isSmallNumber = (t: string) => /^\d{1,2}$/.test(t)

/** Words that label the code and name columns of a 决算 table: 功能分类科目编码, 科目名称, 项目 (栏次 labels the numbers themselves). */
const HEADER_WORD = /^(?:项目|(?:(?:支出)?(?:功能|经济)分类)?科目(?:编码|代码|名称)|编码|代码|名称)$/

/**
 * Rule `column-number-row`: 决算 tables number their columns under the header ("栏次 | | 1 | 2 | 3", or the numbers
 * alone). That row is part of the header, never data: read as data it is a row named 栏次 (or an unnamed 合计)
 * whose "amounts" are 1, 2, 3. Some templates print the code and name columns' labels on that row
 * ("功能分类科目编码 | 科目名称 | 1 | 2 | 3"): a header row too, whose words label their columns.
 */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter(Boolean)
  const labelled = /^栏次$/.test(filled[0] ?? '')
  // numbers a PDF layout ran together in one cell ("1 2") are read one by one
  const nums = cells.flatMap(tokens).filter((c) => !/^栏\s*次$/.test(c))
  if (nums.length && nums.every((c) => /^\d{1,2}$/.test(c))) {
    if (labelled) return true
    return nums.length >= 3 && isRun(nums)
  }
  return columnNumberWords(cells).length > 0
}

/** The header words on a column-number row that also labels the code and name columns (none on any other row). */
export function columnNumberWords(cells: string[]): number[] {
  const filled = cells.map((c, i) => ({ c: c.replace(/\s+/g, ''), i })).filter((x) => x.c)
  const words = filled.filter((x) => !/^\d{1,2}$/.test(x.c))
  const nums = filled.filter((x) => /^\d{1,2}$/.test(x.c)).map((x) => x.c)
  if (!words.length || nums.length < 3 || !isRun(nums)) return []
  // the words stand left of the numbers, and every one is a column label
  if (!words.every((w) => HEADER_WORD.test(w.c)) || words.some((w) => w.i > filled.find((x) => /^\d/.test(x.c))!.i)) return []
  return words.map((w) => w.i)
}

const isRun = (nums: string[]) => nums.every((c, i) => i === 0 || Number(c) === Number(nums[i - 1]) + 1)
