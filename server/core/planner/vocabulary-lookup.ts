import { bigramsOf } from '../search/bigrams.js'
import type { Term } from './vocabulary.js'

/**
 * Lookups over one vocabulary, built once per vocabulary (the whole corpus's words are one vocabulary, shared by
 * every question): terms by key and the key lengths held, for exact matching by hashing the question's substrings;
 * row terms and named items (indicators, projects) by the bigrams of their keys, for the containment and near-match
 * scans. A question then costs what its own length costs, not what the city's vocabulary holds.
 */
export interface VocabularyLookup {
  byKey: Map<string, Term>
  /** distinct key lengths, longest first */
  lengths: number[]
  /** the distinct lengths of the keys (2+ characters) that start with a bigram, longest first */
  lengthsByStart: Map<string, number[]>
  /** whether any key is a single character */
  singles: boolean
  /** positions in the vocabulary of row terms whose key holds the bigram */
  readonly rowsByBigram: Map<string, number[]>
  /** positions of indicators and projects (keys of 4+ characters) whose key holds the bigram */
  readonly namedByBigram: Map<string, number[]>
}

const cache = new WeakMap<Term[], VocabularyLookup>()

/** The bigram lists of a vocabulary as data (what rowsByBigram and namedByBigram hold), to store beside its terms. */
export interface BigramLists { rows: [bigram: string, positions: number[]][]; named: [bigram: string, positions: number[]][] }
const primed = new WeakMap<Term[], BigramLists>()

const rowLists = (vocab: Term[]) => {
  const m = new Map<string, number[]>()
  vocab.forEach((t, n) => t.kind === 'row' && indexBy(m, t.key, n))
  return m
}
const namedLists = (vocab: Term[]) => {
  const m = new Map<string, number[]>()
  vocab.forEach((t, n) => (t.kind === 'indicator' || t.kind === 'project') && t.key.length >= 4 && indexBy(m, t.key, n))
  return m
}

/** The bigram lists of `vocab`, computed now (at ingest). */
export function bigramListsOf(vocab: Term[]): BigramLists {
  return { rows: [...rowLists(vocab)], named: [...namedLists(vocab)] }
}

/** Take the bigram lists of `vocab` as computed before (bigramListsOf of these very terms, by this build's rules). */
export function primeBigramLists(vocab: Term[], lists: BigramLists): void {
  if (!cache.has(vocab)) primed.set(vocab, lists)
}

function indexBy(map: Map<string, number[]>, key: string, n: number) {
  for (const b of new Set(bigramsOf(key))) {
    const list = map.get(b)
    if (list) list.push(n)
    else map.set(b, [n])
  }
}

export function vocabularyLookup(vocab: Term[]): VocabularyLookup {
  let v = cache.get(vocab)
  if (v) return v
  const byKey = new Map<string, Term>()
  const lengths = new Set<number>()
  const byStart = new Map<string, Set<number>>()
  let singles = false
  for (const t of vocab) {
    if (!byKey.has(t.key)) byKey.set(t.key, t)
    lengths.add(t.key.length)
    if (t.key.length === 1) singles = true
    else if (t.key.length > 1) {
      const start = t.key.slice(0, 2)
      const set = byStart.get(start)
      if (set) set.add(t.key.length)
      else byStart.set(start, new Set([t.key.length]))
    }
  }
  // the bigram lists serve the containment and near-match scans: made (or taken as stored) when first read
  let rows: Map<string, number[]> | undefined
  let named: Map<string, number[]> | undefined
  v = {
    byKey, singles,
    lengths: [...lengths].sort((a, b) => b - a),
    lengthsByStart: new Map([...byStart].map(([start, set]) => [start, [...set].sort((a, b) => b - a)])),
    get rowsByBigram() {
      const stored = primed.get(vocab)
      return (rows ??= stored ? new Map(stored.rows) : rowLists(vocab))
    },
    get namedByBigram() {
      const stored = primed.get(vocab)
      return (named ??= stored ? new Map(stored.named) : namedLists(vocab))
    },
  }
  cache.set(vocab, v)
  return v
}

/**
 * The shortest row term whose key contains `phrase` (2+ characters) and is longer than `longerThan`; among equally
 * short ones the first in vocabulary order (what a filter, then a stable sort by length, would pick).
 */
export function shortestRowContaining(vocab: Term[], phrase: string, longerThan = 0, reject?: (key: string) => boolean): Term | undefined {
  const candidates = vocabularyLookup(vocab).rowsByBigram.get(phrase.slice(0, 2)) ?? []
  let best: Term | undefined
  for (const n of candidates) {
    const t = vocab[n]
    if (t.key.length > longerThan && t.key.includes(phrase) && (!best || t.key.length < best.key.length) && !reject?.(t.key)) best = t
  }
  return best
}

/** Indicators and projects sharing at least one bigram with `text`, in vocabulary order. */
export function namedItemsNear(vocab: Term[], text: string): Term[] {
  const { namedByBigram } = vocabularyLookup(vocab)
  const positions = new Set<number>()
  for (const b of new Set(bigramsOf(text))) for (const n of namedByBigram.get(b) ?? []) positions.add(n)
  return [...positions].sort((a, b) => a - b).map((n) => vocab[n])
}
