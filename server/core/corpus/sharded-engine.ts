import { shareCodes } from '../planner/parse-question.js'
import { frameInContext } from '../planner/plan-answer.js'
import type { ConceptHit, QuestionFrame } from '../planner/question-frame.js'
import { shareVocabulary } from '../planner/vocabulary.js'
import { mentionText } from '../tools/lib/org-mention.js'
import { skeletonDocument } from './vocabulary-skeleton.js'
import type { AskRequest, BudgetDocument, Corpus } from '../schema.js'
import type { SearchFilter, SearchHit } from '../search/search-index.js'
import type { CatalogEntry, Store } from '../store/port.js'
import { docsOfMention, docsOfOrg } from '../tools/lib/org-scope.js'
import { ByteLru } from './byte-lru.js'
import { entrySummary, stubDocument } from './catalog-docs.js'
import { loadShard, type LoadedShard } from './shard.js'
import { lexiconKey, orgKey, SubjectIndex } from './subject-index.js'
import { viewEngine, type ViewEngine } from './view-engine.js'

export interface ShardedEngineOptions {
  /** bytes of parsed shards kept (default 128 MB) */
  cacheBytes?: number
  /** at or below this many documents, questions naming no organisation read every document (today's answers, exactly) */
  smallCorpus?: number
  /** a ranking over more documents than `smallCorpus` answers with this many entries and the total count */
  rankTop?: number
  /** most documents one question may read (organisations named): default 50 */
  maxDocs?: number
}

const RANKING_OPS = new Set(['rank', 'compare'])
/**
 * One year asked of named organisations, each holding a document of exactly that year: those documents alone
 * (one read per organisation). Otherwise all their years: a prior-year column, the next year's prose, a change.
 */
function narrowToYear(frame: QuestionFrame, docs: BudgetDocument[]): BudgetDocument[] {
  const year = frame.years[0]
  if (frame.years.length !== 1 || frame.baseYear !== undefined || frame.priorRelative || ['change', 'growth', 'count'].includes(frame.op)) return docs
  const orgs = new Set(docs.map((d) => orgKey(d.org)))
  const exact = docs.filter((d) => d.year === year)
  return new Set(exact.map((d) => orgKey(d.org))).size === orgs.size ? exact : docs
}

const positions = new WeakMap<CatalogEntry[], Map<string, number>>()
/** Catalog position of each id (once per catalog): a view lists its documents in catalog order without scanning it. */
function positionsOf(entries: CatalogEntry[]): Map<string, number> {
  let p = positions.get(entries)
  if (!p) positions.set(entries, (p = new Map(entries.map((e, i) => [e.id, i]))))
  return p
}

/** most documents one staff search reads (bounded tail latency at any corpus size) */
const SEARCH_DOCS = 10

/**
 * The corpus read, not loaded: the catalog in memory (stub documents, no rows), shards read through the store on
 * demand into a byte-bounded LRU, and per question a small synchronous engine over just the documents it needs:
 *  - organisations named (or the widget's scope): every document of those organisations;
 *  - none named, a corpus of at most `smallCorpus` documents: every document (answers exactly as a loaded corpus);
 *  - none named, a ranking or comparison over a larger corpus: the top documents from the subject index;
 *  - anything else over a large corpus: the catalog alone (the planner asks which organisation is meant).
 */
export async function createShardedEngine(store: Store, options: ShardedEngineOptions = {}) {
  const smallCorpus = options.smallCorpus ?? 50
  const rankTop = options.rankTop ?? 10
  const maxDocs = options.maxDocs ?? 50
  const shards = new ByteLru<LoadedShard>(options.cacheBytes ?? 128 * 1024 * 1024)
  const buckets = new ByteLru<Record<string, number[]>>(16 * 1024 * 1024)
  const views = new Map<string, ViewEngine>()

  let entries: CatalogEntry[] = []
  let byId = new Map<string, CatalogEntry>()
  let stubs: Corpus = { version: 1, documents: [], errors: [] }
  let subjects: SubjectIndex | undefined
  let stubView = viewEngine([])
  let words: Corpus | undefined

  /** Every corpus the planner sees shares the whole corpus's words (so a question reads the same everywhere). */
  const withWords = (c: Corpus) => {
    if (words) {
      shareVocabulary(c, words)
      shareCodes(c, words)
    }
    return c
  }

  async function refresh() {
    // both at once: on Workers each is a round trip to D1 or R2, the largest part of a cold isolate's first answer
    const [list, index] = await Promise.all([store.catalog.list(), SubjectIndex.open(store.blobs)])
    entries = list
    byId = new Map(list.map((e) => [e.id, e]))
    subjects = index
    words = subjects?.words ? { version: 1, documents: [skeletonDocument(subjects.words)], errors: [] } : undefined
    stubs = withWords({ version: 1, documents: list.map(stubDocument), errors: [] })
    stubView = viewEngine([], [], stubs)
    views.clear()
  }
  await refresh()

  const shardOf = (id: string) => {
    const e = byId.get(id)
    if (!e) return Promise.resolve(undefined)
    return shards.getOrLoad(e.shard, async () => {
      const bytes = await store.blobs.get(e.shard)
      return bytes ? loadShard(bytes, (more) => shards.grow(e.shard, more)) : undefined
    })
  }

  /** A view over these documents (catalog order), reused while the same set is asked again. */
  async function viewOf(ids: string[], notes: string[] = []): Promise<ViewEngine> {
    const position = positionsOf(entries)
    const ordered = [...new Set(ids)].filter((id) => position.has(id)).sort((a, b) => position.get(a)! - position.get(b)!)
    if (ordered.length === 1 && !notes.length) return singleView(ordered[0])
    const key = ordered.join('\n') + '\u0000' + notes.join('\n')
    const cached = views.get(key)
    if (cached && ordered.every((id) => shards.peek(byId.get(id)!.shard))) return cached
    const loaded = (await Promise.all(ordered.map(shardOf))).filter((s): s is LoadedShard => !!s)
    const v = viewOfShards(loaded, notes)
    views.set(key, v)
    if (views.size > 32) views.delete(views.keys().next().value!)
    return v
  }

  const viewOfShards = (loaded: LoadedShard[], notes: string[] = []) =>
    viewEngine(loaded, notes, withWords({ version: 1, documents: loaded.map((s) => s.document), errors: [] }))

  /** The view over one document lives as long as its shard stays cached (most questions name one document). */
  const single = new WeakMap<LoadedShard, ViewEngine>()
  async function singleView(id: string): Promise<ViewEngine> {
    const shard = await shardOf(id)
    if (!shard) return viewOfShards([])
    let v = single.get(shard)
    if (!v) single.set(shard, (v = viewOfShards([shard])))
    return v
  }

  const bucket = (name: string) =>
    buckets.getOrLoad(name, async () => {
      const b = await subjects?.bucketBlob(name)
      return b ? { value: b, bytes: JSON.stringify(b).length } : undefined
    })

  /** The subject index key of the concept a ranking is about. */
  const subjectKey = (c?: ConceptHit) =>
    !c ? undefined : c.code ? `c:${c.code}` : c.kind === 'lexicon' ? lexiconKey(c.name) : `n:${mentionText(c.name)}`

  /** The documents a ranking needs: the top of the subject index (within `within` when organisations were named). */
  async function rankingView(frame: QuestionFrame, within?: Set<string>) {
    const { order } = frame
    const year = frame.years[0]
    const key = subjectKey(frame.concepts.find((c) => c.kind === 'row' || c.kind === 'lexicon'))
    if (!subjects || !key) return viewOf([])
    const sel = subjects.select(await subjects.postings(key, bucket), { year, order, k: rankTop, docIds: within })
    const notes = sel.total > sel.docIds.length ? [`共有${sel.total}个单位列有此项，以上为${order === 'asc' ? '最少' : '最多'}的${sel.docIds.length}个；完整名单见 /lookup`] : []
    return viewOf(sel.docIds, notes)
  }

  /** The small engine a question is answered on. */
  async function forQuestion(req: AskRequest): Promise<ViewEngine> {
    const frame = frameInContext({ corpus: stubs, index: stubView.index }, req)
    const named = narrowToYear(frame, frame.orgs.length ? frame.orgs.flatMap((m) => docsOfMention(stubs, m).docs) : req.org ? docsOfOrg(stubs, req.org).docs : [])
    const ranking = RANKING_OPS.has(frame.op)
    if (named.length) {
      if (named.length <= maxDocs) return viewOf(named.map((d) => d.id))
      // too many to read: a ranking reads the top of the subject index, anything else asks which one is meant
      return ranking ? rankingView(frame, new Set(named.map((d) => d.id))) : stubView
    }
    if (entries.length <= smallCorpus) return viewOf(entries.map((e) => e.id))
    return ranking ? rankingView(frame) : stubView
  }

  async function forDocs(ids: string[]): Promise<ViewEngine> {
    return viewOf(ids.filter((id) => byId.has(id)))
  }

  /** The document an id of a table, row or paragraph belongs to (`<doc>/t3/r5`, `<doc>/p12`, `<doc>`). */
  const docIdOf = (id: string) => id.replace(/\/(?:t\d+(?:\/r\d+)?|p\d+)$/, '')

  /** Staff search with bounded cost: a document or organisation/year scope reads those shards; else the subject index's top. */
  async function searchAsync(query: string, filter: SearchFilter = {}, limit = 10): Promise<SearchHit[]> {
    let ids: string[]
    if (filter.docId || filter.tableId) ids = [filter.docId ?? docIdOf(filter.tableId!)]
    else if (filter.org) {
      // names and aliases as in questions (docsOfOrg); the index's own org filter is a substring match, so it is not used
      const scoped = docsOfOrg(stubs, filter.org).docs.filter((d) => filter.year === undefined || d.year === filter.year)
      ids = (entries.length <= smallCorpus ? scoped : scoped.slice(0, SEARCH_DOCS)).map((d) => d.id)
    } else if (entries.length <= smallCorpus) ids = entries.map((e) => e.id)
    else {
      // no organisation: the documents holding the subject searched for with the largest figures
      const key = subjects?.keysIn(query)[0]
      ids = subjects && key ? subjects.select(await subjects.postings(key, bucket), { order: 'desc', k: SEARCH_DOCS, year: filter.year }).docIds : []
    }
    const { org: _org, ...rest } = filter
    return (await viewOf(ids)).search(query, rest, limit)
  }

  const stats = () => ({
    documents: entries.length,
    tables: entries.reduce((n, e) => n + e.tables.length, 0),
    rows: entries.reduce((n, e) => n + e.tables.reduce((m, t) => m + t.rows, 0), 0),
    paragraphs: entries.reduce((n, e) => n + (e.paragraphs ?? 0), 0),
  })

  /** The original text of a document file, for source lines beside a table (text formats; others have none here). */
  async function readSource(file: string): Promise<string | undefined> {
    const e = entries.find((x) => x.file === file)
    if (!e || e.format !== 'text') return undefined
    const bytes = await store.blobs.get(e.original)
    return bytes ? new TextDecoder().decode(bytes) : undefined
  }

  /** The original bytes of a document file as published (GET /api/docs/:id/original). */
  async function readOriginal(file: string): Promise<Uint8Array | undefined> {
    const e = entries.find((x) => x.file === file)
    return e && (await store.blobs.get(e.original))
  }

  return {
    get corpus() {
      return stubs
    },
    tools: stubView.tools,
    /** Synchronous answers see the catalog only; the routes answer through forQuestion. */
    ask: (req: AskRequest) => stubView.ask(req),
    search: (query: string, filter?: SearchFilter, limit?: number) => stubView.search(query, filter, limit),
    findings: { forDoc: (docId: string) => shards.peek(byId.get(docId)?.shard ?? '')?.findings ?? [] },
    forQuestion,
    forDocs,
    docIdOf,
    searchAsync,
    summaries: () => entries.map(entrySummary),
    readSource,
    readOriginal,
    stats,
    refresh,
    cache: shards,
  }
}

export type ShardedEngine = Awaited<ReturnType<typeof createShardedEngine>>
