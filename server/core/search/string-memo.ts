/**
 * A pure function of one string, remembered: the planner compares the same row names and question words thousands
 * of times per question. Bounded memory: only arguments up to `maxChars` are kept, and the whole table is forgotten
 * once it holds `maxEntries` (a flood of new questions cannot grow it).
 */
export function memoByString<T>(fn: (s: string) => T, maxEntries = 20_000, maxChars = 200): (s: string) => T {
  const cache = new Map<string, T>()
  return (s) => {
    if (s.length > maxChars) return fn(s)
    let v = cache.get(s)
    if (v === undefined) {
      if (cache.size >= maxEntries) cache.clear()
      v = fn(s)
      cache.set(s, v)
    }
    return v
  }
}
