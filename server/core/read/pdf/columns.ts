import type { Chunk } from './geometry.js'

/** A column: the x-extent its cells occupy. */
export interface ColumnSpan {
  x0: number
  x1: number
}

export const overlap = (c: { x0: number; x1: number }, s: ColumnSpan) => Math.max(0, Math.min(c.x1, s.x1) - Math.max(c.x0, s.x0))

/**
 * Columns of a table body: the x-extents covered by its cells, merged where they overlap. Figures are right-
 * aligned and names left-aligned, so a column's extent is the union of its cells and the gaps between columns are
 * the x-ranges no cell touches.
 */
export function bodyColumns(chunks: Chunk[]): ColumnSpan[] {
  const sorted = [...chunks].sort((a, b) => a.x0 - b.x0)
  const out: ColumnSpan[] = []
  for (const c of sorted) {
    const last = out[out.length - 1]
    if (last && c.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, c.x1)
    else out.push({ x0: c.x0, x1: c.x1 })
  }
  return out
}

/**
 * Add the columns only the header shows (a figure column empty in every row: 事业收入 with no figures): header
 * leaves that touch no column, right of where the figures start (a name or code column always has cells), on the
 * bottom row of the header or level with a label that stands over a column (本年收入 over a two-sided table is a
 * group label, however far it sits from the columns under it).
 */
export function addHeaderColumns(columns: ColumnSpan[], leaves: Chunk[], labels: Chunk[], figuresFrom: number, figures: Chunk[] = []): ColumnSpan[] {
  const out = columns.map((c) => ({ ...c }))
  const leftAligned = figuresLeftAligned(columns, figures)
  const over = labels.filter((l) => columns.some((s) => overlap(l, s) > 0))
  const lowest = Math.max(...labels.map((l) => l.bottom))
  const topmost = Math.min(...labels.map((l) => l.top))
  const level = (a: Chunk, b: Chunk) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0
  const claimed = (s: ColumnSpan) => leaves.some((l) => overlap(l, s) > 0)
  for (const c of [...leaves].sort((a, b) => a.x0 - b.x0)) {
    const h = c.bottom - c.top
    const placed = !columns.length || c.bottom >= lowest - 0.5 * h || over.some((o) => level(o, c))
    if (!placed || c.x0 < figuresFrom - 1 || out.some((s) => overlap(c, s) > 0)) continue
    // rule flanked-group: a label above the header's last row with labels of the row right under it on both sides
    // ("公用经费" over 科目编码 | 科目名称 | 决算数 of a 基本支出表's right half, centred over the half's cells and so
    // over none of its labels) is that group's label, never a column of its own
    const under = labels.filter((l) => l.top >= c.bottom - 0.2 * h && l.top - c.bottom <= 1.5 * h)
    // (a word of its own: one letter-spaced character, the 出 of "支　出", is no group's label)
    // (…and only among the body's columns: an empty table's columns are its header's, a rowspan label's too)
    // (…on the header's top row: a leaf label centred down a cell of several rows, 年初结转和结余 of an empty column,
    // stands lower than the top row)
    const amid = columns.some((s) => s.x1 <= c.x0) && columns.some((s) => s.x0 >= c.x1) && c.top <= topmost + 0.3 * h
    if (amid && c.text.replace(/\s/gu, '').length >= 2 && c.bottom < lowest - 0.5 * h && under.some((l) => l.x1 <= c.x0) && under.some((l) => l.x0 >= c.x1)) continue
    // figures set flush left in their cells (one x where each starts): a centred label's column is the one starting
    // just left of it, past the leaf before it
    const prevLeaf = Math.max(-Infinity, ...leaves.filter((l) => l.x1 <= c.x0 + 1 && l !== c).map((l) => l.x1))
    const left = leftAligned ? [...out].reverse().find((s) => s.x1 <= c.x0 + 1 && s.x0 > prevLeaf && c.x0 - s.x0 <= 8 * h && !claimed(s)) : undefined
    if (left) { left.x1 = Math.max(left.x1, c.x1); continue }
    // figures are right-aligned: a narrow figure column ("0") just right of a centred label is that label's column
    const nextLeaf = Math.min(...leaves.filter((l) => l.x0 > c.x1).map((l) => l.x0))
    const right = out.find((s) => s.x0 >= c.x1 - 1 && s.x1 <= nextLeaf + 1 && s.x1 - c.x1 <= 8 * h && !claimed(s))
    if (right) right.x0 = c.x0
    else out.push({ x0: c.x0, x1: c.x1 })
    out.sort((a, b) => a.x0 - b.x0)
  }
  return out
}

/**
 * The columns a chunk belongs to: [first, last]. A header cell over several columns (a group label: 支出预算 over
 * 合计/基本支出/项目支出, 功能分类科目编码 over 类/款/项) spans them; any other cell goes to the column it overlaps
 * most, or the nearest one.
 */
export function placeChunk(c: Chunk, columns: ColumnSpan[]): [number, number] {
  const ov = columns.map((s) => overlap(c, s))
  const strong = ov.map((o, i) => (o > 0 && o >= 0.5 * Math.min(c.x1 - c.x0, columns[i].x1 - columns[i].x0) ? i : -1)).filter((i) => i >= 0)
  if (strong.length >= 2) return [strong[0], strong[strong.length - 1]]
  const best = ov.indexOf(Math.max(...ov))
  if (ov[best] > 0) return [best, best]
  const mid = (c.x0 + c.x1) / 2
  const dist = columns.map((s) => (mid < s.x0 ? s.x0 - mid : mid > s.x1 ? mid - s.x1 : 0))
  const near = dist.indexOf(Math.min(...dist))
  return [near, near]
}

/**
 * Figures set flush left in their cells: in every column holding figures of different widths, they all start at one
 * x and end at many (right-aligned figures do the opposite). Web pages printed to PDF do this.
 */
export function figuresLeftAligned(columns: ColumnSpan[], figures: Chunk[]): boolean {
  let seen = 0
  for (const s of columns) {
    const fs = figures.filter((f) => overlap(f, s) > 0)
    const x1s = fs.map((f) => f.x1)
    if (fs.length < 2 || Math.max(...x1s) - Math.min(...x1s) < 2) continue
    const x0s = fs.map((f) => f.x0)
    if (Math.max(...x0s) - Math.min(...x0s) > 1) return false
    seen++
  }
  return seen > 0
}
