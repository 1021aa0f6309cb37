import { chunkBox, lineBox, type Chunk, type PdfLine } from './geometry.js'
import type { OutLine } from './table.js'

/** A prose line: its chunks joined; wide gaps (编制部门：…   单位：元) keep one space. */
export function proseLine(l: PdfLine): OutLine {
  let text = ''
  let prev: Chunk | undefined
  for (const c of l.chunks) {
    text += prev && c.x0 - prev.x1 > 2 * l.h ? ' ' + c.text : c.text
    prev = c
  }
  return { text, origin: { page: l.page, box: lineBox(l), cells: [chunkBox({ ...l.chunks[0], x1: l.x1 })] } }
}
