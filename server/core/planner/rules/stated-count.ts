import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { ConceptHit } from '../question-frame.js'

/**
 * Counts the standard sections of a disclosure state with their own measure: 公务接待 N批次、M人次, 公务用车保有量 N辆,
 * 因公出国（境）团组 N个. They are asked together with the 三公 item they count ("公务接待了多少批次").
 */
export const STATED_COUNTS = new Set(['vehicles-held', 'reception-batches', 'reception-visits', 'trips-groups', 'trips-visits'])

const aliases = new WeakMap<Vocabulary, { id: string; a: string }[]>()
/** The names of the stated counts (3+ characters) in a vocabulary, read once per vocabulary. */
function statedAliases(v: Vocabulary): { id: string; a: string }[] {
  let out = aliases.get(v)
  if (!out) aliases.set(v, (out = v.lexicon.counts.filter((c) => STATED_COUNTS.has(c.id)).flatMap((c) => [c.label, ...c.aliases].filter((a) => a.length >= 3).map((a) => ({ id: c.id, a })))))
  return out
}

/** The stated count a concept asks: a count of the lexicon, or a row named with one ("公务用车保有量" printed as a row). */
export function statedCountOf(v: Vocabulary, c: ConceptHit): string | undefined {
  if (c.kind === 'count') return STATED_COUNTS.has(c.name) ? c.name : undefined
  if (c.kind === 'column' || c.kind === 'weak') return undefined
  return statedAliases(v).find((x) => c.name.includes(x.a))?.id
}

export const isStatedCount = (v: Vocabulary, c: ConceptHit) => statedCountOf(v, c) !== undefined

/** 批次/人次 are the 公务接待 section's only when the question speaks of that (接待读者多少人次 is a service target, not it). */
const RECEPTION = /公务接待|外事接待|国内接待|接待费|(?:国|境|国[（(]境[)）])外接待/
export const statedCountsIn = (v: Vocabulary, t: string, concepts: ConceptHit[]) =>
  concepts.filter((c) => { const id = statedCountOf(v, c); return !!id && (!id.startsWith('reception') || RECEPTION.test(t)) })

/** No clause break between a money item and the count right after it: the item is what is counted, not asked for itself. */
const countedItem = (t: string, money: ConceptHit, counts: ConceptHit[]) =>
  counts.some((c) => c.start >= money.end && c.start - money.end <= 8 && !/[？?，,。；;]/.test(t.slice(money.end, c.start)))

/** A question asking only stated counts ("国内公务接待了多少批次、多少人次"): its money words name what is counted. */
export function asksOnlyStatedCounts(v: Vocabulary, t: string, concepts: ConceptHit[]): boolean {
  const counts = statedCountsIn(v, t, concepts)
  if (!counts.length) return false
  const money = concepts.filter((c) => !isStatedCount(v, c) && c.kind !== 'count' && c.kind !== 'column' && c.kind !== 'weak')
  return money.every((m) => countedItem(t, m, counts))
}
