import { defaultVocabulary } from '../lexicon/default-vocabulary.js'

// the parser runs at ingest, with no tool context: the default vocabulary's header terms
const TERMS = [...defaultVocabulary.header.terms].sort((a, b) => b.length - a.length)

/** "事业收入其他收入" → ["事业收入", "其他收入"]: a cell that is wholly two or more known labels run together, else undefined. */
export function splitRunTogether(cell: string): string[] | undefined {
  const parts: string[] = []
  let rest = cell.replace(/\s+/g, '')
  while (rest) {
    const t = TERMS.find((x) => rest.startsWith(x))
    if (!t) return undefined
    parts.push(t)
    rest = rest.slice(t.length)
  }
  return parts.length >= 2 ? parts : undefined
}

/**
 * Rule `run-together-header`: a PDF whose header labels sit close together is read as one cell holding several known
 * labels ("一般公共预算拨款收入政府性基金预算拨款收入…"), with the cells to its right left empty. When the cell is
 * wholly such labels and enough empty cells follow it (columns no other header row labels on their own), each label
 * goes to its own column.
 */
export function splitRunTogetherHeaders(grid: string[][]): void {
  const before = grid.map((r) => [...r])
  for (const [ri, r] of before.entries()) {
    for (let c = 0; c < r.length; c++) {
      const parts = r[c] ? splitRunTogether(r[c]) : undefined
      if (!parts || c + parts.length > r.length) continue
      // the columns it takes over are empty in this row and hold no label of their own in any other row
      const free = parts.slice(1).every((_, i) => r[c + 1 + i] === '' && before.every((o) => o === r || (o[c + 1 + i] ?? '') === '' || o[c + 1 + i] === o[c]))
      if (!free) continue
      parts.forEach((p, i) => { grid[ri][c + i] = p })
    }
  }
}
