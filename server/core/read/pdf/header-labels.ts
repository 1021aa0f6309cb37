import { overlap } from './columns.js'
import type { Chunk, PdfLine } from './geometry.js'

/** A header label: one or more chunks (a label wrapped over lines), with the line height and page it sits on. */
export interface Label {
  chunks: Chunk[]
  x0: number
  x1: number
  top: number
  bottom: number
  h: number
  page: number
}

const midX = (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2

/**
 * Header labels with wrapped labels joined ("机关运行经费预算" / "数", "事业单位" / "经营收入"): a chunk right below
 * another (gap under `gapEm` of a line: 0.6, more in a table set with airy rows, see wrap-gap.ts) on the same axis or left edge, when no other chunk on its line sits under the
 * same label (then the upper one is a group label over several columns, not a wrapped cell). A group label over
 * another (财政拨款“三公”经费 over 公务用车购置及运行维护费, off its axis) stays apart.
 */
export function headerLabels(lines: PdfLine[], gapEm = 0.6): Label[] {
  const all: Label[] = lines.flatMap((l) => l.chunks.map((c) => ({ chunks: [c], x0: c.x0, x1: c.x1, top: c.top, bottom: c.bottom, h: l.h, page: l.page })))
  all.sort((a, b) => a.top - b.top || a.x0 - b.x0)
  const out: Label[] = []
  for (const b of all) {
    const siblings = all.filter((o) => o !== b && Math.abs(o.bottom - b.bottom) < 0.3 * b.h)
    const above = out.find((a) => a.page === b.page && b.top - a.bottom <= gapEm * b.h && b.top - a.bottom > -0.3 * b.h && b.top > a.top + 0.3 * b.h
      && aligned(a, b) && !siblings.some((s) => overlap(s, a) > 0))
    if (above) {
      above.chunks.push(b.chunks[0])
      above.x0 = Math.min(above.x0, b.x0)
      above.x1 = Math.max(above.x1, b.x1)
      above.bottom = Math.max(above.bottom, b.bottom)
    } else out.push({ ...b, chunks: [...b.chunks] })
  }
  return out
}

/** The lines of one wrapped label share their axis (centred in the cell) or their left edge. */
const aligned = (a: Label, b: Label) => Math.abs(midX(a) - midX(b)) <= 0.5 * b.h || Math.abs(a.x0 - b.x0) <= 0.5 * b.h

/** Labels with no label under them: the leaves of the header, one per column. */
export function leavesOf(labels: Label[]): Label[] {
  return labels.filter((a) => !labels.some((b) => b !== a && b.top >= a.bottom - 0.2 * a.h && overlap(b, a) > 0) && !centredOverPair(a, labels))
}

/**
 * A group label over two short leaves in wide cells ("增减变化情况" over 增减额 | 增减率) may touch neither: it is still
 * a group when the next header row, clearly below it, has a label ending left of it and one starting right of it,
 * nothing between them, and it stands centred over the pair.
 */
function centredOverPair(a: Label, labels: Label[]): boolean {
  const row = labels.filter((b) => b !== a && b.page === a.page && b.top >= a.bottom && b.top - a.bottom <= a.h)
  const left = row.filter((b) => b.x1 <= a.x0).sort((x, y) => y.x1 - x.x1)[0]
  const right = row.filter((b) => b.x0 >= a.x1).sort((x, y) => x.x0 - y.x0)[0]
  if (!left || !right || row.some((b) => b.x1 > left.x1 && b.x0 < right.x0)) return false
  return Math.abs(midX(a) - (left.x0 + right.x1) / 2) <= 0.5 * a.h
}

export const labelChunk = (l: Label): Chunk => ({ text: l.chunks.map((c) => c.text).join(''), x0: l.x0, x1: l.x1, top: l.top, bottom: l.bottom })
