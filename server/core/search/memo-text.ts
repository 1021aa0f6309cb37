/**
 * Memoise a pure function of a short string. The same row names, organisation names and question words are
 * normalised on every question; this computes each once. Bounded: past `max` entries the cache starts afresh, and
 * long strings (paragraphs, whole questions) are computed every time, so memory stays a few megabytes.
 */
export function memoText<T>(fn: (s: string) => T, options: { max?: number; maxLength?: number } = {}): (s: string) => T {
  const max = options.max ?? 20_000
  const maxLength = options.maxLength ?? 64
  let cache = new Map<string, T>()
  return (s: string) => {
    if (s.length > maxLength) return fn(s)
    const hit = cache.get(s)
    if (hit !== undefined || cache.has(s)) return hit as T
    const v = fn(s)
    if (cache.size >= max) cache = new Map()
    cache.set(s, v)
    return v
  }
}
