import type { ColumnSpan } from './columns.js'
import { isFigure, type Chunk } from './geometry.js'
import type { HeaderRow } from './header-grid.js'
import type { Label } from './header-labels.js'
import type { Slot } from './slot.js'

/** A dash or slash printed for "nothing here": a figure column may hold it. */
const PLACEHOLDER = /^[-—–－/／]$/
const WHOLE = /^\d{1,3}$/
/** The row numbering a table's columns: 栏次 (栏 次). */
const LANCI = /^栏\s*次$/u
const figureCell = (cs: Chunk[]) => cs.every((c) => isFigure(c.text) || PLACEHOLDER.test(c.text.trim()))

/**
 * Two neighbouring columns that are one column printed apart: both hold figures only, no row fills both, and the
 * header never tells them apart (on every header row the same label or one of them unlabelled, and some label over
 * them).
 */
function oneColumn(i: number, j: number, header: HeaderRow[], body: Slot[]): boolean {
  const filled = (s: Slot, k: number) => s.cells[k].length > 0
  if (!body.some((s) => filled(s, i) || filled(s, j))) return false
  if (body.some((s) => filled(s, i) && filled(s, j))) return false
  if (!body.every((s) => figureCell(s.cells[i]) && figureCell(s.cells[j]))) return false
  // rule lanci-number-column: the 栏次 row numbers every column; a column holding nothing but its 栏次 number beside
  // one holding figures and no 栏次 number is one column, whatever the labels the header grid gave each
  const lanci = body.find((s) => s.cells.some((cs) => cs.some((c) => LANCI.test(c.text.trim()))))
  if (lanci) {
    const numberOnly = (k: number) => filled(lanci, k) && lanci.cells[k].every((c) => WHOLE.test(c.text.trim())) && body.every((s) => s === lanci || !filled(s, k))
    // (…and figures that are amounts: a 行次 column beside an empty table's first column holds whole numbers only)
    const amounts = (k: number) => body.some((s) => s !== lanci && s.cells[k].some((c) => !WHOLE.test(c.text.trim())))
    if ((numberOnly(i) && !filled(lanci, j) && amounts(j)) || (numberOnly(j) && !filled(lanci, i) && amounts(i))) return true
  }
  let labelled = false
  for (const row of header) {
    const [a, b] = [row.cells[i], row.cells[j]]
    if (a && b && a !== b) return false
    if (a || b) labelled = true
  }
  return labelled
}

/** A column's reach: its cells and the labels standing over it alone (not a group label shared with a neighbour). */
function extentOf(k: number, columns: ColumnSpan[], header: HeaderRow[]): ColumnSpan {
  const own = header.flatMap((row) => {
    const l = row.cells[k]
    return l && l !== row.cells[k - 1] && l !== row.cells[k + 1] ? [l] : []
  })
  return { x0: Math.min(columns[k].x0, ...own.map((l: Label) => l.x0)), x1: Math.max(columns[k].x1, ...own.map((l: Label) => l.x1)) }
}

/**
 * Rule `phantom-columns`: right-aligned figures can stand clear of the label centred over their cell, and a 栏次
 * number centred under the label clear of the figures; the gaps then make two columns of one: a labelled 金额 that
 * holds only its 栏次 number (or nothing) beside an unlabelled one holding every figure. Neighbouring figure columns
 * whose cells never share a row and whose header never tells them apart are merged, the nearest pair first (a
 * 栏次 number between two such columns goes to the one it stands closer to), a pair with amounts before a pair of
 * whole numbers (a 栏次 number beside 行次 and 金额 is 金额's).
 */
export function mergePhantomColumns(columns: ColumnSpan[], headerOf: (c: ColumnSpan[]) => HeaderRow[], bodyOf: (c: ColumnSpan[]) => Slot[]): ColumnSpan[] {
  let cols = columns
  for (;;) {
    const header = headerOf(cols)
    const body = bodyOf(cols)
    const pairs = cols.slice(1).map((_, k) => k).filter((k) => oneColumn(k, k + 1, header, body))
    if (!pairs.length) return cols
    // a pair of whole-number columns (行次 beside a stray 栏次 number) only when no pair with amounts is left
    const whole = (k: number) => body.every((s) => s.cells[k].every((c) => WHOLE.test(c.text.trim())))
    const rank = (k: number) => (whole(k) && whole(k + 1) ? 1e6 : 0) + extentOf(k + 1, cols, header).x0 - extentOf(k, cols, header).x1
    const k = pairs.reduce((best, p) => (rank(p) < rank(best) ? p : best))
    cols = [...cols.slice(0, k), { x0: Math.min(cols[k].x0, cols[k + 1].x0), x1: Math.max(cols[k].x1, cols[k + 1].x1) }, ...cols.slice(k + 2)]
  }
}
