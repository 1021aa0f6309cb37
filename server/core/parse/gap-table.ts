import type { SourceLine } from './source-lines.js'

/** Two or more full-width spaces between two non-space characters: cells of a table set apart by wide gaps. */
export const hasWideGap = (raw: string) => /\S\u3000{2,}(?=\S)/.test(raw)

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)

interface Piece { text: string; start: number; end: number }

/** Cells of a line split on runs of two or more spaces, with display positions; "合　　计" stays one word. */
function pieces(text: string): Piece[] {
  const out: (Piece & { spaced?: boolean })[] = []
  const re = /\S+(?: \S+)*/g
  const single = (t: string) => /^\p{Script=Han}$/u.test(t)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = width(text.slice(0, m.index))
    const prev = out[out.length - 1]
    // single Han characters spaced apart ("合　　计", "项　　目") are one word
    if (prev && (prev.spaced || single(prev.text)) && single(m[0]) && start - prev.end <= 4) {
      prev.text += m[0]; prev.end = start + width(m[0]); prev.spaced = true
    } else out.push({ text: m[0], start, end: start + width(m[0]) })
  }
  return out
}

/**
 * A table whose cells are set apart by runs of full-width spaces, rewritten as tab-separated lines: the first
 * line of three or more cells is the header, and every later cell goes under the header cell it overlaps most
 * (nearest start when none), so empty cells keep their place. Leading space inside a cell stays as indentation.
 * Lines before the header (form lines of a 绩效 table) are split on their gaps only.
 */
export function gapToTabs(source: SourceLine[]): SourceLine[] {
  // cleaning drops a line's leading full-width spaces; here they are position (an empty first cell, an indent)
  const lines = source.map((l) => ({ ...l, text: (/^[\u3000 ]*/.exec(l.raw)?.[0] ?? '') + l.text }))
  const at = lines.findIndex((l) => pieces(l.text).length >= 3)
  if (at < 0) return lines.map((l) => ({ ...l, text: pieces(l.text).map((p) => p.text).join('\t') }))
  let head = pieces(lines[at].text)
  return lines.map((l, i) => {
    const ps = pieces(l.text)
    if (i < at) return { ...l, text: ps.map((p) => p.text).join('\t') }
    const plain = { ...l, text: ps.map((p) => p.text).join('\t') }
    // the header, or a header repeated per project of a 绩效 table (it takes over the positions)
    if (i === at || (ps.length === head.length && ps.every((p, k) => p.text === head[k].text))) { head = ps; return plain }
    if (ps.length < 2 || ps.length > head.length) return plain
    const cells: string[] = head.map(() => '')
    let last = -1
    for (const p of ps) {
      const overlap = head.map((h) => Math.min(h.end, p.end) - Math.max(h.start, p.start))
      let k = overlap.indexOf(Math.max(...overlap))
      if (overlap[k] <= 0) { const d = head.map((h) => Math.abs(h.start - p.start)); k = d.indexOf(Math.min(...d)) }
      if (k <= last) k = last + 1
      if (k >= head.length) return plain
      const indent = Math.max(0, Math.round((p.start - head[k].start) / 2))
      cells[k] = (k === 0 || !/\d/.test(p.text) ? '\u3000'.repeat(Math.min(indent, 8)) : '') + p.text
      last = k
    }
    return { ...l, text: cells.join('\t') }
  })
}
