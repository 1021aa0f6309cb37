/** FNV-1a over a string's UTF-16 code units: a fast, stable 32-bit hash (bucket names, fingerprints); not for security. */
export function fnv1a(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}
