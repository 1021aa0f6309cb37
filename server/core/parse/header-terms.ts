/**
 * Column labels of the national budget-disclosure templates (the vocabulary's headerTerms). Tables flattened from
 * PDF wrap a header cell over several lines ("一般公共预算财政" / "拨款"); these terms let the parser join the
 * fragments again.
 */
export interface HeaderTerms {
  readonly terms: readonly string[]
  /** join wrapped fragments into known terms (joinHeaderFragments) */
  join(fragments: string[]): string[]
  isTerm(s: string): boolean
}

export function headerTermReader(terms: readonly string[]): HeaderTerms {
  const set = new Set(terms)
  const isPrefix = (s: string) => terms.some((t) => t.startsWith(s))
  return { terms, join: (fragments) => joinHeaderFragments(fragments, isPrefix), isTerm: (s) => set.has(s) }
}

/**
 * Join wrapped header fragments into known terms, greedily: fragments accumulate while they are a prefix
 * of some term; a fragment that cannot continue starts a new cell. Unknown text is kept as its own cell.
 */
function joinHeaderFragments(fragments: string[], isPrefix: (s: string) => boolean): string[] {
  const out: string[] = []
  let acc = ''
  for (const f of fragments) {
    if (acc && isPrefix(acc + f)) { acc += f; continue }
    if (acc) out.push(acc)
    acc = f
  }
  if (acc) out.push(acc)
  return out
}
