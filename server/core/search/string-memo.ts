/**
 * A pure function of one string, remembered: the planner compares the same row names and question words thousands
 * of times per question. Bounded memory: only arguments up to `maxChars` are kept, and the whole table is forgotten
 * once it holds `maxEntries` (a flood of new questions cannot grow it).
 */
export function memoByString<T>(fn: (s: string) => T, maxEntries = 20_000, maxChars = 200): ((s: string) => T) & { prime(s: string, v: T): void } {
  const cache = new Map<string, T>()
  const remember = (s: string, v: T) => {
    if (cache.size >= maxEntries) cache.clear()
    cache.set(s, v)
  }
  const memo = (s: string) => {
    if (s.length > maxChars) return fn(s)
    let v = cache.get(s)
    if (v === undefined) remember(s, (v = fn(s)))
    return v
  }
  /** a value computed elsewhere (at ingest) for this argument: it must be what `fn` gives */
  memo.prime = (s: string, v: T) => {
    if (s.length <= maxChars && !cache.has(s)) remember(s, v)
  }
  return memo
}
