import type { LineOrigin } from '../../schema.js'
import { addHeaderColumns, bodyColumns, placeChunk, type ColumnSpan } from './columns.js'
import { boxOf, isFigure, type Box, type Chunk, type PdfLine } from './geometry.js'
import { bottomLeaves, headerLabels, labelChunk, leavesOf, type Label } from './header-labels.js'

/** One text line of the reader's output and where it came from. */
export interface OutLine {
  text: string
  origin: LineOrigin
}

interface Slot {
  cells: Chunk[][]
  page: number
  base: number
  h: number
}

const hasFigure = (l: PdfLine) => l.chunks.some((c) => isFigure(c.text))
/** A row starts with an ordinal (一、 1. （一）): never the second line of the row above. */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/
const TOTAL = /^(?:合\s*计|总\s*计|小\s*计)$|(?:合计|总计)$/

/** A cell's text: chunks of one line set apart by a gap keep a space; a cell wrapped over lines joins without one. */
function joinCell(chunks: Chunk[]): string {
  let out = ''
  chunks.forEach((c, i) => {
    const prev = chunks[i - 1]
    out += prev && Math.abs(prev.top - c.top) < 0.3 * (c.bottom - c.top) && c.x0 > prev.x1 ? ' ' + c.text : c.text
  })
  return out.replace(/\t/g, ' ')
}

function unionBox(chunks: Chunk[]): Box {
  return boxOf(Math.min(...chunks.map((c) => c.x0)), Math.min(...chunks.map((c) => c.top)), Math.max(...chunks.map((c) => c.x1)), Math.max(...chunks.map((c) => c.bottom)))
}

/** A slot (a row of cells) as a tab-separated line with one box per cell; an empty cell gets its column's box on the row. */
function emit(slot: Slot, columns: ColumnSpan[]): OutLine {
  const all = slot.cells.flat()
  const row = unionBox(all)
  const top = row[1]
  const bottom = row[1] + row[3]
  const cells = slot.cells.map((cs, i) => (cs.length ? unionBox(cs) : boxOf(columns[i].x0, top, columns[i].x1, bottom)))
  return { text: slot.cells.map(joinCell).join('\t'), origin: { page: slot.page, box: row, cells } }
}

/**
 * Header labels as grid rows: a label over several columns goes to the first of them (the parser spreads a group
 * label right); labels whose vertical centres agree share a row, so a wrapped cell sits on the row of its one-line
 * neighbours.
 */
function headerSlots(labels: Label[], columns: ColumnSpan[]): Slot[] {
  // a leaf sits on the header's bottom row (a one-line label centred in a cell two rows high belongs there too)
  const leaves = bottomLeaves(labels)
  const bottom = Math.max(...labels.map((l) => (l.top + l.bottom) / 2))
  const all = new Set(leavesOf(labels))
  const groups = labels.filter((l) => !all.has(l))
  const placed = labels.map((lab) => ({ lab, col: all.has(lab) ? placeChunk(labelChunk(lab), columns)[0] : groupStart(lab, columns, groups), mid: leaves.has(lab) ? bottom : (lab.top + lab.bottom) / 2 }))
  placed.sort((a, b) => a.mid - b.mid)
  const rows: { mid: number; cells: typeof placed }[] = []
  for (const p of placed) {
    const row = rows[rows.length - 1]
    if (row && p.mid - row.mid <= 0.5 * p.lab.h) row.cells.push(p)
    else rows.push({ mid: p.mid, cells: [p] })
  }
  return rows.map((r) => {
    const cells: Chunk[][] = columns.map(() => [])
    for (const p of r.cells.sort((a, b) => a.lab.x0 - b.lab.x0)) cells[p.col].push(...p.lab.chunks)
    return { cells, page: r.cells[0].lab.page, base: r.mid, h: r.cells[0].lab.h }
  })
}

/**
 * The first column a group label stands over. Group labels side by side on one row (项目 | 收入预算, 本年收入 |
 * 本年支出) share the columns out: each column goes to the nearest of them. A group label alone on its row covers
 * the columns it overlaps, widened by one on each side while it stays centred over them and they are at most two
 * and a half times as wide (公务用车购置及运行费 over 小计 购置费 运行费).
 */
function groupStart(lab: Label, columns: ColumnSpan[], groups: Label[]): number {
  const level = (o: Label) => Math.min(o.bottom, lab.bottom) - Math.max(o.top, lab.top) > 0
  const row = groups.filter(level)
  const mid = (s: { x0: number; x1: number }) => (s.x0 + s.x1) / 2
  if (row.length >= 2) {
    const nearest = (c: ColumnSpan) => row.reduce((a, b) => (Math.abs(mid(b) - mid(c)) < Math.abs(mid(a) - mid(c)) ? b : a))
    const mine = columns.map((c, i) => (nearest(c) === lab ? i : -1)).filter((i) => i >= 0)
    if (mine.length) return mine[0]
  }
  let [a, b] = placeChunk(labelChunk(lab), columns)
  const width = lab.x1 - lab.x0
  while (a > 0 && b < columns.length - 1) {
    const x0 = columns[a - 1].x0
    const x1 = columns[b + 1].x1
    if (x1 - x0 > 2.5 * width || Math.abs((x0 + x1) / 2 - mid(lab)) > 0.25 * width) break
    a--
    b++
  }
  return a
}

/** Columns that hold text (names), not figures: where a name wrapped over two lines may continue. */
function textColumns(slots: Slot[]): boolean[] {
  const n = slots[0]?.cells.length ?? 0
  return Array.from({ length: n }, (_, i) => {
    const vals = slots.map((s) => joinCell(s.cells[i])).filter(Boolean)
    return vals.filter((v) => !isFigure(v)).length > vals.length / 2
  })
}

/**
 * Body lines as rows. A line with text only in name columns, no ordinal and no figure, within a line's height of
 * a row, is that row's wrapped name: it is joined to the nearer row (before it when it sits above the row's
 * figures, as vertically centred cells print).
 */
function bodySlots(lines: PdfLine[], columns: ColumnSpan[]): Slot[] {
  const slots: Slot[] = lines.map((l) => {
    const cells: Chunk[][] = columns.map(() => [])
    for (const c of l.chunks) cells[placeChunk(c, columns)[0]].push(c)
    return { cells, page: l.page, base: l.base, h: l.h }
  })
  const text = textColumns(slots)
  const isWrap = (s: Slot) => {
    const filled = s.cells.map((c, i) => (c.length ? i : -1)).filter((i) => i >= 0)
    const t = s.cells.flat().map((c) => c.text).join('')
    return filled.length >= 1 && filled.every((i) => text[i]) && !ORDINAL.test(t) && !TOTAL.test(t) && !s.cells.flat().some((c) => isFigure(c.text))
  }
  const out: Slot[] = []
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]
    if (!isWrap(s)) { out.push(s); continue }
    const prev = out[out.length - 1]
    const next = slots[i + 1] && !isWrap(slots[i + 1]) ? slots[i + 1] : undefined
    const near = (o: Slot | undefined) => (o && o.page === s.page ? Math.abs(o.base - s.base) : Infinity)
    const dp = near(prev)
    const dn = near(next)
    const limit = 1.6 * s.h
    if (Math.min(dp, dn) > limit) { out.push(s); continue }
    const into = dn < dp ? next! : prev!
    s.cells.forEach((cs, k) => {
      if (!cs.length) return
      into.cells[k] = dn < dp ? [...cs, ...into.cells[k]] : [...into.cells[k], ...cs]
    })
  }
  return out
}

/** Lines of a continuation page before its first figure, made only of header labels: the repeated header. */
function dropRepeatedHeaders(body: PdfLine[], header: PdfLine[]): PdfLine[] {
  const labels = new Set(header.flatMap((l) => l.chunks.map((c) => c.text)))
  const out: PdfLine[] = []
  let page = body[0]?.page
  let inRepeat = false
  for (const l of body) {
    if (l.page !== page) { page = l.page; inRepeat = true }
    if (inRepeat && hasFigure(l)) inRepeat = false
    if (inRepeat && l.chunks.every((c) => labels.has(c.text))) continue
    out.push(l)
  }
  return out
}

/**
 * A table region as grid lines: header rows first, then one line per row, cells in the columns found from the
 * figures' and names' extents over the whole region (all its pages) and from the header labels.
 */
export function renderTable(lines: PdfLine[]): OutLine[] {
  // the body starts at the first row with a figure, or at a 合计 row (an empty table has nothing else)
  const withFigure = lines.findIndex(hasFigure)
  const first = withFigure >= 0 ? withFigure : lines.findIndex((l, i) => i > 0 && l.chunks.length === 1 && TOTAL.test(l.chunks[0].text))
  const header = first < 0 ? lines : lines.slice(0, first)
  const body = first < 0 ? [] : dropRepeatedHeaders(lines.slice(first), header)
  const labels = headerLabels(header)
  const figures = body.flatMap((l) => l.chunks.filter((c) => isFigure(c.text)))
  const figuresFrom = figures.length ? Math.min(...figures.map((c) => c.x0)) : -Infinity
  const columns = addHeaderColumns(bodyColumns(body.flatMap((l) => l.chunks)), leavesOf(labels).map(labelChunk), labels.map(labelChunk), figuresFrom)
  if (!columns.length) return []
  const slots = [...headerSlots(labels, columns), ...bodySlots(body, columns)]
  return slots.map((s) => emit(s, columns))
}
