import { isFigure, type PdfLine } from './geometry.js'

const TIGHT = 0.6

/** Gaps between consecutive rows with figures on one page (bottom of one to the top of the next), in line heights. */
export function rowGaps(lines: PdfLine[]): number[] {
  const gaps: number[] = []
  const rows = lines.filter((l) => l.chunks.some((c) => isFigure(c.text)))
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]
    const b = rows[i]
    if (a.page === b.page) gaps.push((b.top - a.bottom) / Math.min(a.h, b.h))
  }
  return gaps
}

/**
 * Rule `wrap-gap`: how far apart (in line heights) the lines of one header label wrapped inside its cell may sit.
 * A cell's lines sit closer than the table's rows: a template set with airy rows (a web page printed to PDF, rows
 * 1.5 lines apart, a wrapped label's lines 0.75) wraps its labels looser than a tight one, where 0.6 of a line is
 * all the room a wrap gets. Measured on the median gap between rows with figures; a table with too few rows of its
 * own takes the document's (its tables share one style).
 */
export function wrapGap(gaps: number[], fallback = TIGHT): number {
  if (gaps.length < 3) return fallback
  const median = [...gaps].sort((x, y) => x - y)[Math.floor(gaps.length / 2)]
  // at most 0.9 of a line: further apart, two lines are two rows of labels however airy the table
  return Math.max(TIGHT, Math.min(0.9, 0.6 * median))
}
