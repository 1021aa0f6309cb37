/** The overlapping character pairs of a text (the search tokens of a Han run, and what each name-matching measure weighs): 差旅费 → 差旅, 旅费. */
export function bigramsOf(s: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2))
  return out
}
