import lunr from 'lunr'
import type { Corpus } from '../schema.js'
import { indexedItems, type HitMeta } from './hit-meta.js'
import { queryWithin, type RankedRef } from './scoped-query.js'
import { DuplicateRef, lunrIndexJson, type IndexedFields } from './lunr-json.js'
import { keepTerm, tokenizeZh, ZH_TERM_FILTER, zhTermFilterFn, zhTokenizer } from './zh-tokenizer.js'

export type { HitMeta } from './hit-meta.js'

export interface SearchFilter {
  /**
   * An organisation as people name it: resolved by the engine into `docIds` with the questions' organisation reader
   * (docsOfOrg), never matched here (a substring of a name is not an organisation)
   */
  org?: string
  /** only hits of these documents */
  docIds?: readonly string[]
  year?: number
  docId?: string
  tableId?: string
  kind?: 'row' | 'paragraph'
}

export interface SearchHit extends HitMeta {
  score: number
}

/** A loaded index: full-text search over every table row and paragraph, filtered by scope. */
export interface SearchIndex {
  search(query: string, filter?: SearchFilter, limit?: number): SearchHit[]
}

/** Ranked results of this many recent queries are kept per index. */
const RECENT_QUERIES = 32

const FIELDS = { name: 10, code: 8, title: 2, org: 1, text: 3 } as const

/** Build the lunr index over the corpus; returns plain JSON (save it next to the corpus). */
export function buildSearchIndex(corpus: Corpus): unknown {
  const items = indexedItems(corpus)
  try {
    return lunrIndexJson(items.map(indexedFields), FIELDS, tokenizeZh, keepTerm, [ZH_TERM_FILTER])
  } catch (e) {
    if (!(e instanceof DuplicateRef)) throw e
    return buildWithLunr(items)
  }
}

/** The fields of a row or paragraph as the index holds them. */
const indexedFields = (it: HitMeta): IndexedFields =>
  it.kind === 'row'
    ? { ref: it.ref, name: it.name ?? '', code: it.code ?? '', title: it.tableTitle ?? '', org: it.org, text: '' }
    : { ref: it.ref, name: '', code: '', title: '', org: it.org, text: it.text ?? '' }

/** lunr's own builder: the reference `lunrIndexJson` is tested against, and the path for duplicate refs. */
export function buildWithLunr(items: HitMeta[]): unknown {
  const idx = lunr(function () {
    this.tokenizer = zhTokenizer as typeof lunr.tokenizer
    this.pipeline.reset()
    this.searchPipeline.reset()
    this.pipeline.add(zhTermFilterFn)
    this.searchPipeline.add(zhTermFilterFn)
    this.ref('ref')
    for (const [f, boost] of Object.entries(FIELDS)) this.field(f, { boost })
    for (const it of items) this.add(indexedFields(it))
  })
  return idx.toJSON()
}

const matches = (m: HitMeta, f: SearchFilter) =>
  (!f.kind || m.kind === f.kind) &&
  (!f.docId || m.docId === f.docId) &&
  (!f.tableId || m.tableId === f.tableId) &&
  (f.year === undefined || m.year === f.year) &&
  (!f.docIds || f.docIds.includes(m.docId))

/** Load a saved index; the corpus supplies each hit's meta (ids, table, value as printed). */
export function loadSearchIndex(json: unknown, corpus: Corpus): SearchIndex {
  const idx = lunr.Index.load(json as object)
  const meta = new Map(indexedItems(corpus).map((m) => [m.ref, m]))
  // the planner asks the same words once per document in scope: the ranked refs of recent queries are kept
  const recent = new Map<string, RankedRef[]>()
  /**
   * A filtered search scores only the rows and paragraphs the filter keeps (scoped-query.ts): the same hits in the same
   * order as ranking everything and filtering after, at the cost of what the filter keeps (one document's paragraphs,
   * not every row of the corpus that shares a word)
   */
  const scopeKey = (f: SearchFilter) =>
    f.docId === undefined && !f.docIds && !f.tableId && !f.kind && f.year === undefined
      ? undefined
      : JSON.stringify([f.kind ?? null, f.docId ?? null, f.tableId ?? null, f.year ?? null, f.docIds ? [...f.docIds].sort() : null])
  const ranked = (tokens: string[], filter: SearchFilter) => {
    const words = tokens.join('\u0000')
    const scope = scopeKey(filter)
    // the whole ranking of these words, when kept, serves any filter (the planner asks the same words of each document)
    const whole = scope ? recent.get(words) : undefined
    if (whole) return whole
    const key = scope ? `${words}\u0001${scope}` : words
    let results = recent.get(key)
    if (!results) {
      results = scope
        ? queryWithin(idx, tokens, (ref) => { const m = meta.get(ref); return !!m && matches(m, filter) })
        : idx.query((q) => {
          for (const t of tokens) q.term(t, { usePipeline: true })
        }).map((r) => ({ ref: r.ref, score: r.score }))
      if (recent.size >= RECENT_QUERIES) recent.delete(recent.keys().next().value!)
    } else recent.delete(key)
    recent.set(key, results)
    return results
  }
  return {
    search(query, filter = {}, limit = 10) {
      if (filter.org && !filter.docIds) throw new Error('search: an organisation filter is resolved to docIds by the engine (docsOfOrg)')
      const tokens = tokenizeZh(query)
      if (!tokens.length) return []
      const results = ranked(tokens, filter)
      const hits: SearchHit[] = []
      for (const r of results) {
        const m = meta.get(r.ref)
        if (!m || !matches(m, filter)) continue
        hits.push({ ...m, score: r.score })
        if (hits.length >= limit) break
      }
      return hits
    },
  }
}
