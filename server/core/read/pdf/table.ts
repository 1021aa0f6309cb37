import type { LineOrigin } from '../../schema.js'
import { bodySlots, TOTAL } from './body-rows.js'
import { addHeaderColumns, bodyColumns, type ColumnSpan } from './columns.js'
import { boxOf, isFigure, type Box, type Chunk, type PdfLine } from './geometry.js'
import { headerGrid } from './header-grid.js'
import { headerLabels, labelChunk, leavesOf, type Label } from './header-labels.js'
import { mergePhantomColumns } from './phantom-columns.js'
import { joinCell, type Slot } from './slot.js'
import { rowGaps, wrapGap } from './wrap-gap.js'

/** One text line of the reader's output and where it came from. */
export interface OutLine {
  text: string
  origin: LineOrigin
}

const hasFigure = (l: PdfLine) => l.chunks.some((c) => isFigure(c.text))

function unionBox(chunks: Chunk[]): Box {
  return boxOf(Math.min(...chunks.map((c) => c.x0)), Math.min(...chunks.map((c) => c.top)), Math.max(...chunks.map((c) => c.x1)), Math.max(...chunks.map((c) => c.bottom)))
}

/** A slot (a row of cells) as a tab-separated line with one box per cell; an empty cell gets its column's box on the row. */
function emit(slot: Slot, columns: ColumnSpan[]): OutLine {
  const row = slot.box ?? unionBox(slot.cells.flat())
  const top = row[1]
  const bottom = row[1] + row[3]
  const cells = slot.cells.map((cs, i) => (cs.length ? unionBox(cs) : boxOf(columns[i].x0, top, columns[i].x1, bottom)))
  return { text: slot.cells.map(joinCell).join('\t'), origin: { page: slot.page, box: row, cells } }
}

/** Header rows as slots: each cell holds the chunks of the label covering it; the row's box is its own labels'. */
function headerSlots(labels: Label[], columns: ColumnSpan[]): Slot[] {
  return headerGrid(labels, columns).map((row) => {
    const mine = row.own.length ? row.own : row.cells.filter((l): l is Label => !!l)
    return {
      cells: row.cells.map((l) => (l ? l.chunks : [])),
      page: mine[0].page,
      base: Math.max(...mine.map((l) => l.bottom)),
      h: mine[0].h,
      box: unionBox(mine.flatMap((l) => l.chunks)),
    }
  })
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
 * figures' and names' extents over the whole region (all its pages) and from the header labels. `gapFallback`: how
 * far a header label may wrap when the table has too few rows to tell (see wrap-gap.ts).
 */
export function renderTable(lines: PdfLine[], gapFallback?: number): OutLine[] {
  // the body starts at the first row with a figure, or at a 合计 row (an empty table has nothing else)
  const withFigure = lines.findIndex(hasFigure)
  let first = withFigure >= 0 ? withFigure : lines.findIndex((l, i) => i > 0 && l.chunks.length === 1 && TOTAL.test(l.chunks[0].text))
  // the first row's name may wrap around its figures, its first line closer above them than a line apart
  const near = (a: PdfLine, b: PdfLine) => a.page === b.page && b.base - a.base < 0.9 * Math.min(a.h, b.h)
  if (first > 0 && withFigure === first && near(lines[first - 1], lines[first])) first--
  const header = first < 0 ? lines : lines.slice(0, first)
  const body = first < 0 ? [] : dropRepeatedHeaders(lines.slice(first), header)
  const labels = headerLabels(header, wrapGap(rowGaps(body), gapFallback))
  const figures = body.flatMap((l) => l.chunks.filter((c) => isFigure(c.text)))
  const figuresFrom = figures.length ? Math.min(...figures.map((c) => c.x0)) : -Infinity
  const found = addHeaderColumns(bodyColumns(body.flatMap((l) => l.chunks)), leavesOf(labels).map(labelChunk), labels.map(labelChunk), figuresFrom, figures)
  if (!found.length) return []
  const columns = mergePhantomColumns(found, (c) => headerGrid(labels, c), (c) => bodySlots(body, c))
  const slots = [...headerSlots(labels, columns), ...bodySlots(body, columns)]
  return slots.map((s) => emit(s, columns))
}
