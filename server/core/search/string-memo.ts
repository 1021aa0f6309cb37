/**
 * A pure function of one string, remembered: the planner compares the same row names and question words thousands
 * of times per question. Bounded memory: only arguments up to `maxChars` are kept, in two generations of at most
 * `maxEntries` each. When the young one fills, it becomes the old one and the previous old one is forgotten; an entry
 * found in the old generation moves back into the young. So a flood of new questions cannot grow the table, and the
 * names every question reads (the corpus's rows and organisations, primed or read once) stay: they are found again
 * before their generation ages out, instead of being forgotten with the flood and read again all at once.
 */
export function memoByString<T>(fn: (s: string) => T, maxEntries = 20_000, maxChars = 200): ((s: string) => T) & { prime(s: string, v: T): void } {
  let young = new Map<string, T>()
  let old = new Map<string, T>()
  const remember = (s: string, v: T) => {
    if (young.size >= maxEntries) {
      old = young
      young = new Map()
    }
    young.set(s, v)
  }
  const memo = (s: string) => {
    if (s.length > maxChars) return fn(s)
    let v = young.get(s)
    if (v !== undefined) return v
    v = old.get(s)
    if (v !== undefined) old.delete(s)
    else v = fn(s)
    remember(s, v)
    return v
  }
  /** a value computed elsewhere (at ingest) for this argument: it must be what `fn` gives */
  memo.prime = (s: string, v: T) => {
    if (s.length <= maxChars && !young.has(s) && !old.has(s)) remember(s, v)
  }
  return memo
}
