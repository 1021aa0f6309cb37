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
 * A row whose name wraps over two lines and whose figures are centred in the cell prints its figures on a line of
 * their own, between the name's lines and closer to each than a line apart ("四、文化旅游体育与传媒" / 200,000 /
 * "支出"). Those name lines are that row's name, whatever they start with; read apart, the tail would be a row of
 * its own ("支出" with the figures) and the head a row with none.
 */
function joinCentredNames(slots: Slot[], text: boolean[]): Slot[] {
  const out: Slot[] = []
  const close = (a: Slot | undefined, b: Slot) => !!a && a.page === b.page && Math.abs(a.base - b.base) < 0.9 * Math.min(a.h, b.h)
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]
    const bare = figures(s) && s.cells.every((cs, k) => !text[k] || !cs.length)
    if (!bare) { out.push(s); continue }
    const prev = out[out.length - 1]
    const next = slots[i + 1]
    const head = close(prev, s) && nameOnly(prev, text) ? prev : undefined
    const tail = close(next, s) && nameOnly(next, text) && !ORDINAL.test(textOf(next)) && !TOTAL.test(textOf(next)) ? next : undefined
    if (!head && !tail) { out.push(s); continue }
    const cells = s.cells.map((cs, k) => [...(head?.cells[k] ?? []), ...cs, ...(tail?.cells[k] ?? [])])
    if (head) out.pop()
    out.push({ ...s, cells })
    if (tail) i++
  }
  return out
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
  const slots = joinCentredNames(placed, text)
  const isWrap = (s: Slot) => nameOnly(s, text) && !ORDINAL.test(textOf(s)) && !TOTAL.test(textOf(s))
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
