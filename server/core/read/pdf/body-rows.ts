import { placeChunk, type ColumnSpan } from './columns.js'
import { isFigure, type Chunk, type PdfLine } from './geometry.js'
import { joinCell, type Slot } from './slot.js'

/** A row starts with an ordinal (一、 1. （一）): never the second line of the row above. */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/
export const TOTAL = /^(?:合\s*计|总\s*计|小\s*计)$|(?:合计|总计)$/

const figures = (s: Slot) => s.cells.flat().some((c) => isFigure(c.text))
const textOf = (s: Slot) => s.cells.flat().map((c) => c.text).join('')

/** Columns that hold text (names), not figures: where a name wrapped over two lines may continue. */
function textColumns(slots: Slot[]): boolean[] {
  const n = slots[0]?.cells.length ?? 0
  return Array.from({ length: n }, (_, i) => {
    const vals = slots.map((s) => joinCell(s.cells[i])).filter(Boolean)
    return vals.filter((v) => !isFigure(v)).length > vals.length / 2
  })
}

/** Text only in name columns, no figure. */
const nameOnly = (s: Slot, text: boolean[]) => {
  const filled = s.cells.map((c, i) => (c.length ? i : -1)).filter((i) => i >= 0)
  return filled.length >= 1 && filled.every((i) => text[i]) && !figures(s)
}

/**
 * Lines closer than a line apart are one row printed off its baseline: a name wrapped around figures centred in
 * the cell ("四、文化旅游体育与传媒" / 200,000 / "支出"), or a code set a little above its row ("22102" over
 * "住房改革支出 461.08"). They are joined when no column other than a name column is filled on both (two rows
 * share their code and figure columns); a line of names alone that starts a row (一、, 合计) is never a tail.
 * Read apart, the tail of the name would be a row of its own ("支出" with the figures), the head a row with none.
 */
function joinOffBaseline(slots: Slot[], text: boolean[]): Slot[] {
  const out: Slot[] = []
  const close = (a: Slot, b: Slot) => a.page === b.page && Math.abs(a.base - b.base) < 0.9 * Math.min(a.h, b.h)
  const shareOnlyNames = (a: Slot, b: Slot) => a.cells.every((cs, k) => !cs.length || !b.cells[k].length || text[k])
  const startsRow = (b: Slot) => nameOnly(b, text) && (ORDINAL.test(textOf(b)) || TOTAL.test(textOf(b)))
  for (const s of slots) {
    const p = out[out.length - 1]
    const joinable = p && close(p, s) && shareOnlyNames(p, s) && !startsRow(s) && !(nameOnly(p, text) && nameOnly(s, text)) && (figures(p) || figures(s))
    if (!joinable) { out.push(s); continue }
    out[out.length - 1] = { ...s, cells: s.cells.map((cs, k) => [...p.cells[k], ...cs]) }
  }
  return out
}

/** The usual distance between rows with figures on one page (the median), Infinity when there are too few. */
function rowPitch(slots: Slot[]): number {
  const gaps: number[] = []
  for (let i = 1; i < slots.length; i++) {
    const a = slots[i - 1]
    const b = slots[i]
    if (a.page === b.page && figures(a) && figures(b)) gaps.push(b.base - a.base)
  }
  if (gaps.length < 3) return Infinity
  return gaps.sort((x, y) => x - y)[Math.floor(gaps.length / 2)]
}

/**
 * Body lines as rows. A line with text only in name columns, no ordinal and no figure, within a line's height of
 * a row, is that row's wrapped name: it is joined to the nearer row (before it when it sits above the row's
 * figures, as vertically centred cells print).
 */
export function bodySlots(lines: PdfLine[], columns: ColumnSpan[]): Slot[] {
  const placed: Slot[] = lines.map((l) => {
    const cells: Chunk[][] = columns.map(() => [])
    for (const c of l.chunks) cells[placeChunk(c, columns)[0]].push(c)
    return { cells, page: l.page, base: l.base, h: l.h }
  })
  const text = textColumns(placed)
  const slots = joinOffBaseline(placed, text)
  const isWrap = (s: Slot) => nameOnly(s, text) && !ORDINAL.test(textOf(s)) && !TOTAL.test(textOf(s))
  // a wrapped name's lines sit closer than the table's rows: in a table set tight, a row left empty is no wrap
  const pitch = rowPitch(slots)
  const out: Slot[] = []
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]
    if (!isWrap(s)) { out.push(s); continue }
    const prev = out[out.length - 1]
    const next = slots[i + 1] && !isWrap(slots[i + 1]) ? slots[i + 1] : undefined
    const near = (o: Slot | undefined) => (o && o.page === s.page ? Math.abs(o.base - s.base) : Infinity)
    const dp = near(prev)
    const dn = near(next)
    const limit = Math.min(1.6 * s.h, 0.85 * pitch)
    if (Math.min(dp, dn) > limit) { out.push(s); continue }
    const into = dn < dp ? next! : prev!
    s.cells.forEach((cs, k) => {
      if (!cs.length) return
      into.cells[k] = dn < dp ? [...cs, ...into.cells[k]] : [...into.cells[k], ...cs]
    })
  }
  return out
}
