import type { Box, Chunk } from './geometry.js'

/** A row of a table being laid out: the chunks in each column, and where the row sits. */
export interface Slot {
  cells: Chunk[][]
  page: number
  base: number
  h: number
  /** the row's own box where its cells hold labels of other rows too (a header label over several rows) */
  box?: Box
}

/** A cell's text: chunks of one line set apart by a gap keep a space; a cell wrapped over lines joins without one. */
export function joinCell(chunks: Chunk[]): string {
  let out = ''
  chunks.forEach((c, i) => {
    const prev = chunks[i - 1]
    out += prev && Math.abs(prev.top - c.top) < 0.3 * (c.bottom - c.top) && c.x0 > prev.x1 ? ' ' + c.text : c.text
  })
  return out.replace(/\t/g, ' ')
}
