import type { ConceptHit } from '../question-frame.js'

/**
 * Rule `row-spending-word`: "水利工程建设支出完成年初预算的百分之多少", "水利工程运行与维护支出中基本支出…" — a 项 asked
 * with the 支出 every spending row is, where no longer row is named so. The word is the subject's own: the row's hit
 * takes it (and a bare 支出 read there as the whole budget is dropped), so the column words after it stay beside it.
 */
export function rowSpendingWord(concepts: ConceptHit[], masked: string): void {
  for (const c of concepts.filter((x) => x.kind === 'row' && !/支出$/.test(x.name))) {
    if (masked.slice(c.end, c.end + 2) !== '支出') continue
    const end = c.end + 2
    // another subject starting inside the word ("支出" of the whole budget) is this row's word, not a subject
    if (concepts.some((o) => o !== c && o.kind !== 'weak' && o.start < end && o.end > c.end)) continue
    for (const o of concepts.filter((x) => x.kind === 'weak' && x.start >= c.end && x.start < end)) concepts.splice(concepts.indexOf(o), 1)
    c.end = end
  }
}
