/**
 * A pure function of one string, remembered: the planner compares the same row names and question words thousands
 * of times per question. Bounded memory, by characters rather than entries: only arguments up to `maxChars` are kept,
 * in two generations of at most `generationChars` characters of arguments each. When the young one fills, it becomes
 * the old one and the previous old one is forgotten; an entry found in the old generation moves back into the young.
 * So a flood of new questions cannot grow the table, and the names every question reads (the corpus's rows and
 * organisations, primed or read once) stay: they are found again before their generation ages out, instead of being
 * forgotten with the flood and read again all at once. Counting characters, not entries, keeps a generation of long
 * question fragments as small as one of short row names (issue 12: every entry a question adds outlives many
 * scavenges, is promoted, and dies in the old space, where only a full collection frees it). Values primed (computed
 * at ingest for the catalog's names) are kept apart and never aged out: they grow with the catalog, not with questions.
 */
export function memoByString<T>(fn: (s: string) => T, generationChars = 250_000, maxChars = 200): ((s: string) => T) & { prime(s: string, v: T): void } {
  let young = new Map<string, T>()
  let old = new Map<string, T>()
  const primed = new Map<string, T>()
  let youngChars = 0
  const remember = (s: string, v: T) => {
    if (youngChars + s.length > generationChars) {
      old = young
      young = new Map()
      youngChars = 0
    }
    young.set(s, v)
    youngChars += s.length
  }
  const memo = (s: string) => {
    if (s.length > maxChars) return fn(s)
    let v = primed.get(s) ?? young.get(s)
    if (v !== undefined) return v
    v = old.get(s)
    if (v !== undefined) old.delete(s)
    else v = fn(s)
    remember(s, v)
    return v
  }
  /** a value computed elsewhere (at ingest) for this argument: it must be what `fn` gives */
  memo.prime = (s: string, v: T) => {
    if (s.length <= maxChars) primed.set(s, v)
  }
  return memo
}
