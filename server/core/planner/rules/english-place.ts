import type { OrgMention } from '../../tools/lib/org-mention.js'

/** A capitalised name before a unit word, left in English because no held place is called so ("Feixi County", "Jiang'an district"). */
const PLACE = /\b([A-Z][a-z]+(?:['’-][a-z]+)?)\s+(?:(?:[A-Za-z]+)\s+){0,4}?(?:(?:district|county|city|province|town|township|bureau|center|centre|office|commission|department)\b|区|县|市|省|镇|\p{Script=Han}{2,12}(?:局|中心|委员会))/gu
/** Capitalised words that start a question or name a kind, not a place. */
const NOT_PLACE = new Set(['How', 'What', 'Which', 'Who', 'Why', 'When', 'Where', 'Is', 'Are', 'Does', 'Did', 'Do', 'The', 'In', 'For', 'Of', 'Tell', 'Show', 'Give', 'List', 'Please', 'Can', 'Could', 'Medical', 'Healthcare', 'Education', 'Agriculture', 'Finance', 'Health', 'District', 'County', 'City', 'Bureau'])

/**
 * Places an English question names that the rewrite into Chinese did not know: each is an organisation mention
 * the corpus does not hold, so the answer is a not-found naming it, never every organisation's figure.
 */
export function unknownEnglishPlaces(rewritten: string): OrgMention[] {
  const out: OrgMention[] = []
  for (const m of rewritten.matchAll(PLACE)) {
    if (NOT_PLACE.has(m[1])) continue
    const text = m[0].trim()
    out.push({ start: 0, end: 0, text, stem: m[1], known: false })
  }
  return out
}
