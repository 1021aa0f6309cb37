import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { MoneyUnit } from '../schema.js'

/** "金额（万元）", "2025年基本支出（万元）", "（万元）": a money unit printed in a column header. */
const UNIT_SUFFIX = /[（(]\s*(万元|千元|亿元|元)\s*[)）]$/

/** The unit a header cell declares, if any. */
export const unitInHeader = (cell: string): MoneyUnit | undefined => UNIT_SUFFIX.exec(cell.trim())?.[1] as MoneyUnit | undefined

/** A header cell without its unit suffix ("金额（万元）" → "金额", "（万元）" → ""). */
export const withoutUnit = (cell: string) => cell.trim().replace(UNIT_SUFFIX, '').trim()

/**
 * The one money unit the header cells declare (tables without a 单位： line carry it in the column labels);
 * undefined when none or when they disagree.
 */
export function headerUnit(cells: string[]): MoneyUnit | undefined {
  const units = new Set(cells.map(unitInHeader).filter((u): u is MoneyUnit => !!u))
  return units.size === 1 ? [...units][0] : undefined
}

/** Generic measure labels under a specific label ("合计" over "金额"): the lower one only names the measure. */
const MEASURE = /^(?:金额|金额数|数额)$/

/**
 * Header cells wrapped over two lines ("一般公共预算" / "拨款收入") are one label: when a label does not span to
 * its right (the cell beside it is filled, or nothing below it is), the label under it continues it. A generic
 * measure word under a label ("合计" / "金额") adds nothing and goes. Works on cells already without units.
 */
export function joinWrappedHeaderCells(rows: string[][], joins: (up: string, down: string, beside: string[]) => boolean = () => true): string[][] {
  const grid = rows.map((r) => [...r])
  const width = Math.max(0, ...grid.map((r) => r.length))
  for (let r = 0; r + 1 < grid.length; r++) {
    for (let c = 0; c < width; c++) {
      const up = grid[r][c] ?? ''
      const down = grid[r + 1][c] ?? ''
      if (!up || !down) continue
      const next = c + 1
      const spans = next < width && !(grid[r][next] ?? '') && grid.slice(r + 1).some((row) => (row[next] ?? '') !== '')
      if (spans || !joins(up, down, [grid[r][c - 1] ?? '', grid[r][next] ?? ''])) continue
      grid[r][c] = MEASURE.test(down) ? up : up + down
      grid[r + 1][c] = ''
    }
  }
  return grid
}

/**
 * Without a unit in the labels to show where a cell wrapped, only the surest wraps join: a single character under a
 * label that does not span and is not repeated beside itself (a merged cell written into each column it covers):
 * "科目编" / "码", "基本支" / "出" (no column is labelled by one character of its own but 类 / 款 / 项 under
 * 科目编码, and 目 of a 项目 written down the cell), or two fragments that make a known label.
 */
export const isSureWrap = (up: string, down: string, beside: string[]) =>
  !beside.includes(up) && ((/^\p{Script=Han}$/u.test(down) && !/^[类款项目]$/u.test(down)) || defaultVocabulary.header.isTerm(up + down))
