import type { BudgetDocument, Corpus } from '../schema.js'
import type { BlobStore, CatalogEntry } from '../store/port.js'
import { writeCatalogSnapshot } from './catalog-snapshot.js'
import { readBlobJson } from '../store/read-blob-text.js'
import { fenOf } from '../tools/lib/money.js'
import { fnv1a } from '../search/string-hash.js'
import { mentionText } from '../tools/lib/org-mention.js'
import { resolveInProse } from '../tools/lib/resolve-prose.js'
import { resolveInTables } from '../tools/lib/resolve-figure.js'
import { flowBeforeBalance } from '../tools/lib/flow-columns.js'
import { skeletonDocument, VocabularyBuilder, type DocWords } from './vocabulary-skeleton.js'
import { storedTermsOf, type StoredTerms } from '../planner/vocabulary.js'
import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'

/**
 * The cross-document index, built at ingest: per subject key (a row code `c:30217`, or a normalised row name
 * `n:公务接待费`) every document's main figure of that row, in fen. A ranking over a city reads one bucket instead of
 * walking every document. Names are normalised here, once, never per question.
 *
 * Layout in the BlobStore (one generation is written whole, then `subjects/current.json` is switched to it):
 *   subjects/g<gen>/docs.json   [[docId, orgKey, year, version], …]  (ordinal = position)
 *   subjects/g<gen>/names.json  every name key, longest first (to find the subject a question names)
 *   subjects/g<gen>/words.json  every document's words, merged (the planner's vocabulary; see vocabulary-skeleton)
 *   subjects/g<gen>/terms.json  the planner's terms of those words (vocabularyOf, default vocabulary) with the
 *                               fingerprint of the rules that made them: read at open, not derived on a first question
 *   subjects/g<gen>/b<xx>.json  { key: [ord, fen, ord, fen, …] } for keys hashing to bucket xx
 *   subjects/g<gen>/catalog.json, tables.json  the published catalog the generation was built from (catalog-snapshot.ts)
 */

export type DocFigures = [key: string, fen: number][]
export const BUCKETS = 256
const NOT_SUBJECT = /^(?:合计|总计|小计|项目|科目|科目名称|预算数|收入|支出|[一二三四五六七八九十]+、.*)$/

/** A document's subject figures: the main money figure of every row, under its code and the forms of its name. */
export function documentFigures(doc: BudgetDocument, vocabulary: Vocabulary = defaultVocabulary): DocFigures {
  const out: DocFigures = []
  const seen = new Set<string>()
  for (const t of doc.tables) {
    if (t.kind === 'catalog' || t.kind === 'performance') continue
    // a balance carried between years (年初结转和结余) is no row's main figure: the year's flow (rule flow-before-balance)
    const cols = flowBeforeBalance(t.columns)
    const main = cols.find((c) => c.role === 'total') ?? cols.find((c) => c.role === 'amount')
    if (!main) continue
    for (const r of t.rows) {
      const fen = fenOf(r.cells.find((c) => c.column === main.index)?.amount)
      if (fen === undefined) continue
      const keys = [...(r.code ? [`c:${r.code}`] : []), ...vocabulary.names.variants(r.name).map((v) => mentionText(v)).filter((v) => v.length >= 2 && !NOT_SUBJECT.test(v)).map((v) => `n:${v}`)]
      for (const k of keys) {
        if (seen.has(k)) continue // a document's first row of a subject stands for it (its tables repeat subjects)
        seen.add(k)
        out.push([k, fen])
      }
    }
  }
  // lexicon concepts (三公经费, 机关运行经费, 支出预算…) as rank-figures finds them: tables first, then the prose
  for (const c of vocabulary.lexicon.concepts) {
    const name = c.aliases[0]
    const f = resolveInTables(vocabulary, doc, { name }).figure ?? resolveInProse(vocabulary, doc, name)
    if (f?.fen !== undefined) out.push([lexiconKey(name), f.fen])
  }
  return out
}

export const lexiconKey = (name: string) => `l:${mentionText(name)}`

export const bucketOf = (key: string) => (fnv1a(key) % BUCKETS).toString(16).padStart(2, '0')

const enc = new TextEncoder()
const json = (v: unknown) => enc.encode(JSON.stringify(v))

/** Accumulates documents one at a time (memory: two numbers per figure), then writes a generation. */
export class SubjectIndexBuilder {
  private readonly docs: DocRef[] = []
  private readonly postings = new Map<string, number[]>()
  private readonly words = new VocabularyBuilder()

  add(doc: { id: string; org: string; year: number; version?: number }, figures: DocFigures, words?: DocWords): void {
    if (words) this.words.add(words)
    const ord = this.docs.push(doc.version === undefined ? [doc.id, orgKey(doc.org), doc.year] : [doc.id, orgKey(doc.org), doc.year, doc.version]) - 1
    for (const [k, fen] of figures) {
      let p = this.postings.get(k)
      if (!p) this.postings.set(k, (p = []))
      p.push(ord, fen)
    }
  }

  /** Write the generation (with the catalog's snapshot when given), then switch `subjects/current.json` to it. */
  async write(blobs: BlobStore, generation: string, catalog?: { cursor: number; entries: CatalogEntry[] }): Promise<{ keys: number; docs: number }> {
    const base = `subjects/g${generation}`
    if (catalog) await writeCatalogSnapshot(blobs, base, catalog.cursor, catalog.entries)
    const buckets = new Map<string, Record<string, number[]>>()
    for (const [k, p] of this.postings) {
      const b = bucketOf(k)
      const rec = buckets.get(b) ?? {}
      rec[k] = p
      buckets.set(b, rec)
    }
    for (const [b, rec] of buckets) await blobs.put(`${base}/b${b}.json`, json(rec))
    const names = [...this.postings.keys()].filter((k) => k.startsWith('n:')).map((k) => k.slice(2)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    await blobs.put(`${base}/docs.json`, json(this.docs))
    await blobs.put(`${base}/names.json`, json(names))
    const words = this.words.toJSON()
    await blobs.put(`${base}/words.json`, json(words))
    await blobs.put(`${base}/terms.json`, json(storedTermsOf(wordsCorpus(words), defaultVocabulary)))
    await blobs.put('subjects/current.json', json({ generation, docs: this.docs.length, keys: this.postings.size }))
    return { keys: this.postings.size, docs: this.docs.length }
  }
}

/** The corpus the planner reads a generation's words as (one skeleton document). */
export const wordsCorpus = (words: DocWords): Corpus => ({ version: 1, documents: [skeletonDocument(words)], errors: [] })

/** A document in a generation: id, organisation key, year, version (absent in generations written before versions were kept). */
export type DocRef = [id: string, org: string, year: number, version?: number]

/** A published version the generation does not hold (published since it was built), with its stored figures and words. */
export interface OverlayDoc { id: string; org: string; year: number; version: number; figures: DocFigures; words?: DocWords }

/** One organisation across its years and its 原 (former) name. */
export const orgKey = (org: string) => mentionText(org).replace(/^原/, '')

export interface RankSelection {
  /** documents to load, best first */
  docIds: string[]
  /** how many organisations (or organisation-years) hold the subject at all */
  total: number
}

const dec = new TextDecoder()
const readJson = readBlobJson

/**
 * A loaded generation: doc table and names in memory; buckets read on demand (the caller caches them). Seen
 * through `overlay`, it also answers for versions published since it was built and leaves out those no longer
 * published, so a publication is ranked at once and the generation is rebuilt only by the next bulk ingest.
 */
export class SubjectIndex {
  private constructor(
    private readonly blobs: BlobStore,
    private readonly base: string,
    readonly docs: DocRef[],
    readonly names: string[],
    readonly words: DocWords | undefined,
    /** the terms of `words` as the generation stored them (none once an overlay adds words) */
    readonly terms: StoredTerms | undefined,
    private readonly extra: Map<string, number[]> = new Map(),
    private readonly live: (ord: number) => boolean = () => true,
  ) {}

  /** the generation `subjects/current.json` names now (as `generation` reads it), without loading it */
  static async current(blobs: BlobStore): Promise<string | undefined> {
    const cur = await readJson<{ generation: string }>(blobs, 'subjects/current.json')
    return cur && `subjects/g${cur.generation}`
  }

  /** The generation `current.json` names (or `base`, a generation's key as `current` read it). */
  static async open(blobs: BlobStore, base?: string): Promise<SubjectIndex | undefined> {
    base ??= await SubjectIndex.current(blobs)
    if (!base) return undefined
    const [docs, names, words, terms] = await Promise.all([
      readJson<DocRef[]>(blobs, `${base}/docs.json`), readJson<string[]>(blobs, `${base}/names.json`), readJson<DocWords>(blobs, `${base}/words.json`),
      readJson<StoredTerms>(blobs, `${base}/terms.json`),
    ])
    return new SubjectIndex(blobs, base, docs ?? [], names ?? [], words, words && terms)
  }

  /** No generation yet (a store only staff have published into): the overlay alone. */
  static empty(blobs: BlobStore): SubjectIndex {
    return new SubjectIndex(blobs, '', [], [], undefined, undefined)
  }

  /** the generation's name: a bulk ingest that rebuilt the index writes a new one */
  get generation(): string {
    return this.base
  }

  /**
   * This generation as the catalog stands now: `extras` (versions it does not hold) added with their figures,
   * names and words; a document of the generation counts only while `isLive(id, version)`.
   */
  overlay(extras: OverlayDoc[], isLive: (id: string, version: number | undefined) => boolean): SubjectIndex {
    if (!extras.length) {
      // nothing published since the generation (an isolate's start, most often): its names (stored sorted) and words as they are
      const live = this.docs.map((d) => isLive(d[0], d[3]))
      return new SubjectIndex(this.blobs, this.base, this.docs, this.names, this.words, this.terms, new Map(), (ord) => live[ord])
    }
    const docs = this.docs.slice()
    const baseCount = docs.length
    const extra = new Map<string, number[]>()
    const names = new Set(this.names)
    const words = new VocabularyBuilder()
    if (this.words) words.add(this.words)
    for (const x of extras) {
      const ord = docs.push([x.id, orgKey(x.org), x.year, x.version]) - 1
      for (const [k, fen] of x.figures) {
        let p = extra.get(k)
        if (!p) extra.set(k, (p = []))
        p.push(ord, fen)
        if (k.startsWith('n:')) names.add(k.slice(2))
      }
      if (x.words) words.add(x.words)
    }
    const liveOrds = docs.map((d, ord) => ord >= baseCount || isLive(d[0], d[3]))
    const sorted = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    const anyWords = !!this.words || extras.some((x) => x.words)
    const merged = extras.length ? (anyWords ? words.toJSON() : undefined) : this.words
    return new SubjectIndex(this.blobs, this.base, docs, sorted, merged, merged === this.words ? this.terms : undefined, extra, (ord) => liveOrds[ord])
  }

  /** The subject keys a question names: codes it holds, else the longest name held that the question contains. */
  keysIn(question: string): string[] {
    const t = mentionText(question)
    const codes = [...t.matchAll(/(?<!\d)(\d{3,9})(?!\d)/g)].map((m) => `c:${m[1]}`)
    if (codes.length) return codes
    const name = this.names.find((n) => t.includes(n))
    return name ? [`n:${name}`] : []
  }

  async postings(key: string, bucket: (name: string) => Promise<Record<string, number[]> | undefined>): Promise<number[]> {
    const stored = this.base ? (await bucket(`${this.base}/b${bucketOf(key)}.json`))?.[key] ?? [] : []
    const added = this.extra.get(key)
    return added ? [...stored, ...added] : stored
  }

  async bucketBlob(name: string): Promise<Record<string, number[]> | undefined> {
    return (await this.bucketRead(name))?.value
  }

  /** A bucket and its size as stored (its weight in a cache: weighing the parsed value would serialise it again). */
  async bucketRead(name: string): Promise<{ value: Record<string, number[]>; bytes: number } | undefined> {
    const b = await this.blobs.get(name)
    return b && { value: JSON.parse(dec.decode(b)) as Record<string, number[]>, bytes: b.byteLength }
  }

  /** Top `k` documents for a subject: one per organisation (the year asked, else its latest), ordered by figure. */
  select(postings: number[], options: { year?: number; order: 'asc' | 'desc'; k: number; docIds?: Set<string> }): RankSelection {
    const best = new Map<string, [ord: number, fen: number]>()
    // indexed, not destructured: a cold process runs this loop over every posting in the interpreter
    for (let i = 0; i < postings.length; i += 2) {
      if (!this.live(postings[i])) continue
      const doc = this.docs[postings[i]]
      if (options.docIds && !options.docIds.has(doc[0])) continue
      const year = doc[2]
      if (options.year !== undefined && year !== options.year) continue
      const cur = best.get(doc[1])
      if (!cur || this.docs[cur[0]][2] < year) best.set(doc[1], [postings[i], postings[i + 1]])
    }
    const sign = options.order === 'asc' ? 1 : -1
    const ranked = [...best.values()].sort((a, b) => sign * (a[1] - b[1]))
    return { docIds: ranked.slice(0, options.k).map(([ord]) => this.docs[ord][0]), total: ranked.length }
  }
}
