import type { PdfLine } from './geometry.js'

/** A bare page number as printed in a margin: 3 / - 3 - / 第3页 / 第 3 页 共 20 页 / 3/20. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/

/** A margin line's text with digits masked, so "第 3 页" and "第 4 页" repeat. */
const shapeOf = (l: PdfLine) => l.chunks.map((c) => c.text).join(' ').replace(/\d+/g, '#')

/**
 * Page headers and footers: the first or last line of a page that is a bare page number, or that repeats (digits
 * masked) as the first or last line on at least half of the pages (three at least). Table rows never go: a
 * repeated line of several cells is a repeated table header, which the table reader handles.
 */
export function dropMargins(pages: PdfLine[][]): PdfLine[][] {
  const count = new Map<string, number>()
  // the smallest type each edge shape is set in
  const least = new Map<string, number>()
  const edges = (lines: PdfLine[]) => [...new Set([lines[0], lines[lines.length - 1]].filter(Boolean))]
  for (const lines of pages) for (const s of new Set(edges(lines).map(shapeOf))) count.set(s, (count.get(s) ?? 0) + 1)
  for (const lines of pages) for (const l of edges(lines)) least.set(shapeOf(l), Math.min(least.get(shapeOf(l)) ?? Infinity, l.h))
  // rule title-over-running-header: the document's title printed large on its first page, repeated small as the
  // other pages' running header, is the title there, not page furniture (half again the header's type or more)
  const titleSized = (l: PdfLine) => l.h >= 1.5 * (least.get(shapeOf(l)) ?? Infinity)
  // a table's title repeated at the top of every page of a form (绩效目标表) is a caption, not a page header
  const caption = (l: PdfLine) => /表(?:[（(][^）)]*[）)])?$|单位\s*[:：]/.test(l.chunks.map((c) => c.text).join(''))
  const repeated = (l: PdfLine) => l.chunks.length <= 2 && !caption(l) && !titleSized(l) && (count.get(shapeOf(l)) ?? 0) >= Math.max(3, pages.length / 2)
  const isMargin = (l: PdfLine) => PAGE_NUMBER.test(l.chunks.map((c) => c.text).join(' ').trim()) || repeated(l)
  return pages.map((lines) => {
    const out = [...lines]
    // up to two lines at each edge (a header with a rule and a date, a footer with a number)
    for (let k = 0; k < 2 && out.length && isMargin(out[0]); k++) out.shift()
    for (let k = 0; k < 2 && out.length && isMargin(out[out.length - 1]); k++) out.pop()
    return out
  })
}
