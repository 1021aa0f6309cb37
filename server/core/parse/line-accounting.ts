import type { BudgetDocument } from '../schema.js'
import { cleanLine } from './source-lines.js'

/**
 * Where each non-blank source line went. Returns the lines that landed nowhere and those that landed twice;
 * both must be empty for a correct parse.
 */
export function accountLines(doc: BudgetDocument, sourceText: string): { missing: number[]; twice: number[] } {
  const seen = new Map<number, number>()
  const mark = (n: number) => seen.set(n, (seen.get(n) ?? 0) + 1)
  const range = ([a, b]: [number, number]) => { for (let n = a; n <= b; n++) mark(n) }
  for (const p of doc.paragraphs) range(p.lines)
  for (const t of doc.tables) {
    t.captionLines.forEach(mark)
    t.headerLines.forEach(mark)
    for (const r of t.rows) if (!t.rows.some((o) => o !== r && o.lines[0] === r.lines[0] && o.index < r.index)) range(r.lines)
  }
  doc.unparsed.forEach((u) => mark(u.line))
  const lines = sourceText.replace(/\r\n?/g, '\n').split('\n')
  const missing: number[] = []
  const twice: number[] = []
  lines.forEach((l, i) => {
    const n = i + 1
    const count = seen.get(n) ?? 0
    // a blank line inside a joined paragraph or a multi-line row is fine; a blank line never needs a home
    // a line of markup alone (<p>&nbsp;</p>, <br>) holds no text either
    if (cleanLine(l).trim() === '') return
    if (count === 0) missing.push(n)
    if (count > 1) twice.push(n)
  })
  return { missing, twice }
}
