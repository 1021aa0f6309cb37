/**
 * Whether a short text names one of many names, by looking up its own substrings in a set: what its length costs,
 * not the number of names (a note per organisation of a city checked against thousands of organisations' names).
 */

/** `text` is `lead` followed by one of `names`. Example: startsWithOneOf('未收录甲局2025年…', '未收录', {甲局}) → true. */
export function startsWithOneOf(text: string, lead: string, names: ReadonlySet<string>): boolean {
  if (!text.startsWith(lead)) return false
  for (let end = lead.length; end <= text.length; end++) if (names.has(text.slice(lead.length, end))) return true
  return false
}

/** `text` contains one of `names` (the empty name is in every text). */
export function containsOneOf(text: string, names: ReadonlySet<string>): boolean {
  if (!names.size) return false
  if (names.has('')) return true
  for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= text.length; j++) if (names.has(text.slice(i, j))) return true
  return false
}
