import { shareCodes } from '../planner/parse-question.js'
import { frameInContext } from '../planner/plan-answer.js'
import type { ConceptHit, QuestionFrame } from '../planner/question-frame.js'
import { primeVocabulary, primeVocabularyFingerprint, shareVocabulary } from '../planner/vocabulary.js'
import { builtFingerprint } from '../built-fingerprints.js'
import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import { mentionText } from '../tools/lib/org-mention.js'
import type { AskRequest, BudgetDocument, Corpus } from '../schema.js'
import type { SearchFilter, SearchHit } from '../search/search-index.js'
import { decodeText } from '../read/decode-text.js'
import type { CatalogEntry, Store } from '../store/port.js'
import { docsOfMention, docsOfOrg } from '../tools/lib/org-scope.js'
import { ByteLru } from './byte-lru.js'
import { fillTables, readCatalogSnapshot, snapshotAliases, type CatalogSnapshot, type ServedEntry } from './catalog-snapshot.js'
import { primeOrgParts } from '../tools/lib/org-match.js'
import { primeAliasForms } from '../tools/lib/org-alias.js'
import { primeMentionForms } from '../tools/lib/mention-forms.js'
import { entrySummary, stubDocument } from './catalog-docs.js'
import { figuresKey, loadShard, textKey, type LoadedShard } from './shard.js'
import { lexiconKey, orgKey, SubjectIndex, wordsCorpus, type OverlayDoc } from './subject-index.js'
import type { StoredFigures } from './write-version.js'
import { viewEngine, type ViewEngine } from './view-engine.js'
import { compareIds, inIdOrder, newestPublished } from './published-order.js'
import { primeOrgAliases } from '../tools/lib/org-scope.js'
import { prepareReading } from '../planner/prepare-reading.js'
import type { AliasEntry } from '../tools/lib/org-alias.js'

export interface ShardedEngineOptions {
  /** bytes of parsed shards kept (default 128 MB) */
  cacheBytes?: number
  /** at or below this many documents, questions naming no organisation read every document (today's answers, exactly) */
  smallCorpus?: number
  /** a ranking over more documents than `smallCorpus` answers with this many entries and the total count */
  rankTop?: number
  /** most documents one question may read (organisations named): default 50 */
  maxDocs?: number
  /**
   * A request reads the catalog's change feed at most this often (ms, default 1000; 0: every request), so a
   * publication made by another process or isolate is answered within that time. This engine's own publications
   * (`sync({ force: true })` after the write) are answered at once.
   */
  syncMs?: number
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
  /** one-document views by their shard (they share the corpus's words, so a change of the catalog starts them afresh) */
  let single = new WeakMap<LoadedShard, ViewEngine>()

  const syncMs = options.syncMs ?? 1000
  // the default vocabulary's fingerprint as the Worker's build computed it (undefined elsewhere: computed when first needed)
  const vocabularyBuilt = builtFingerprint('vocabulary')
  if (vocabularyBuilt) primeVocabularyFingerprint(defaultVocabulary, vocabularyBuilt)

  let entries: ServedEntry[] = []
  let byId = new Map<string, ServedEntry>()
  let stubs: Corpus = { version: 1, documents: [], errors: [] }
  let generation: SubjectIndex | undefined
  let subjects: SubjectIndex | undefined
  let stubView = viewEngine([])
  let words: Corpus | undefined
  let cursor = 0
  let pending = 0
  const figures = new Map<string, StoredFigures | undefined>()
  /** the snapshot's organisation forms, not read yet (derive reads them when it must make the alias table itself) */
  let storedForms: CatalogSnapshot['orgForms'] | undefined

  /** Every corpus the planner sees shares the whole corpus's words (so a question reads the same everywhere). */
  const withWords = (c: Corpus) => {
    if (words) {
      shareVocabulary(c, words)
      shareCodes(c, words)
    }
    return c
  }

  /** The stored figures and words of one version (read once; a publication since the generation needs them). */
  async function figuresOf(e: ServedEntry): Promise<StoredFigures | undefined> {
    const key = `${e.id}@${e.version}`
    if (!figures.has(key)) {
      const bytes = await store.blobs.get(figuresKey(e.id, e.version))
      figures.set(key, bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as StoredFigures) : undefined)
    }
    return figures.get(key)
  }

  /** The subject index as the catalog stands: the generation, plus versions published since, minus those withdrawn. */
  async function subjectsFor(published: ServedEntry[], live: Map<string, ServedEntry>): Promise<{ index?: SubjectIndex; pending: number }> {
    const held = new Map((generation?.docs ?? []).map((d) => [d[0], d[3]]))
    const extras: OverlayDoc[] = []
    for (const e of published) {
      if (held.has(e.id) && (held.get(e.id) === undefined || held.get(e.id) === e.version)) continue
      const f = await figuresOf(e)
      extras.push({ id: e.id, org: e.org, year: e.year, version: e.version, figures: f?.figures ?? [], words: f?.words })
    }
    if (!generation && !extras.length) return { pending: 0 }
    const index = (generation ?? SubjectIndex.empty(store.blobs)).overlay(extras, (id, version) => {
      const e = live.get(id)
      return !!e && (version === undefined || e.version === version)
    })
    return { index, pending: extras.length }
  }

  /**
   * Everything derived from the published entries (stub documents, the subject index view, the vocabulary),
   * computed first and switched in at once: a request running meanwhile sees the old state or the new, whole.
   */
  async function derive(next: Map<string, ServedEntry>, aliases?: AliasEntry[]) {
    // no table of forms for exactly these documents: it is made again from every organisation's forms, which the
    // generation's snapshot keeps apart from its catalog (read now, once: an open from the snapshot needs none)
    if (!aliases && storedForms) {
      const forms = await storedForms()
      if (forms) primeAliasForms(forms)
      storedForms = undefined
    }
    const list = inIdOrder(next.values())
    const s = await subjectsFor(list, next)
    const nextWords: Corpus | undefined = s.index?.words ? wordsCorpus(s.index.words) : undefined
    // the generation's terms of exactly these words, as its bulk ingest computed them (subject-index.ts)
    if (nextWords && s.index?.terms) primeVocabulary(nextWords, defaultVocabulary, s.index.terms)
    byId = next
    entries = list
    subjects = s.index
    pending = s.pending
    words = nextWords
    stubs = withWords({ version: 1, documents: list.map(stubDocument), errors: [] })
    // the organisation forms of exactly these documents, as the bulk ingest tabulated them (catalog-snapshot.ts)
    if (aliases) primeOrgAliases(stubs, aliases)
    // the catalog's organisation index is built with the catalog, as a table's index is: every question's organisation
    // scan reads it, so a cold process's or isolate's first question would otherwise pay a pass over the whole city
    // (issue 13); so are the lookups of its names and of the vocabulary every question's reading uses
    prepareReading(stubs)
    stubView = viewEngine([], [], stubs)
    views.clear()
    single = new WeakMap()
  }

  /** The whole catalog again (start, or a feed that cannot be followed). */
  async function refresh() {
    // the feed's head, the generation and its catalog snapshot read together (a cold isolate's start waits for one
    // D1 query beside two rounds of R2 reads, not five in a row); the head is read before any listing below, so a
    // change made meanwhile is read again from the feed (applying it twice is harmless)
    const headRead = store.catalog.cursor()
    const base = await SubjectIndex.current(store.blobs)
    // the catalog as the generation's bulk ingest left it (two blob reads), then the feed since: never a listing of the city
    const [head, index, read] = await Promise.all([headRead, base ? SubjectIndex.open(store.blobs, base) : undefined, base ? readCatalogSnapshot(store.blobs, base) : undefined])
    // a cursor past the feed's head was written against another feed (a store's snapshot copied into a deployment
    // whose catalog numbers its changes afresh): following it would skip every change up to it, so list instead
    const snapshot = read && read.cursor <= head ? read : undefined
    storedForms = snapshot?.orgForms
    if (snapshot?.orgParts) primeOrgParts(snapshot.orgParts)
    if (snapshot?.orgMentions) primeMentionForms(snapshot.orgMentions)
    const list = snapshot ? snapshot.entries : await store.catalog.list()
    cursor = snapshot ? snapshot.cursor : head
    generation = index
    figures.clear()
    await derive(newestPublished(list), snapshot && snapshotAliases(snapshot))
    // the feed since the snapshot: nothing to read when the snapshot is the head (a later change is read by sync)
    if (snapshot && snapshot.cursor < head) await pull()
    else lastSync = Date.now()
  }

  /** Follow the change feed from the cursor: apply each changed document's published version (or its withdrawal). */
  async function pull() {
    lastSync = Date.now()
    const changed: CatalogEntry[] = []
    for (let more = true; more; ) {
      const page = await store.catalog.changes(cursor)
      cursor = page.cursor
      changed.push(...page.entries)
      more = page.more
    }
    if (!changed.length) return
    const touched = new Map<string, ServedEntry[]>()
    for (const e of changed) touched.set(e.id, [...(touched.get(e.id) ?? []), e])
    const next = new Map(byId)
    let moved = false
    for (const [id, changes] of touched) {
      const cur = byId.get(id)
      const best = newestPublished([...(cur && !changes.some((c) => c.version === cur.version) ? [cur] : []), ...changes]).get(id)
      if (best) next.set(id, best)
      else next.delete(id)
      // a draft uploaded or corrected changes nothing citizens see
      moved ||= best !== cur && !(best && cur && best.version === cur.version && best.updatedAt === cur.updatedAt)
    }
    // a bulk ingest writes a new generation after its catalog entries
    const switched = (await SubjectIndex.current(store.blobs)) !== generation?.generation
    if (switched) generation = await SubjectIndex.open(store.blobs)
    if (moved || switched) await derive(next)
  }

  let lastSync = Date.now()
  let syncing: Promise<void> | undefined
  await refresh()
  /**
   * Catch up with publications made elsewhere (at most every `syncMs`), or at once with `force` (after this
   * process published: waits for a pull that started after the write).
   */
  function sync(opts: { force?: boolean } = {}): Promise<void> {
    if (!opts.force && (syncing || Date.now() - lastSync < syncMs)) return syncing ?? Promise.resolve()
    const run: Promise<void> = (syncing ?? Promise.resolve()).catch(() => undefined).then(pull).finally(() => {
      if (syncing === run) syncing = undefined
    })
    syncing = run
    return run
  }

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
    // the catalog is in id order (inIdOrder): sorting the ids gives catalog order without a map of the whole catalog
    const ordered = [...new Set(ids)].filter((id) => byId.has(id)).sort(compareIds)
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
  async function singleView(id: string): Promise<ViewEngine> {
    const shard = await shardOf(id)
    if (!shard) return viewOfShards([])
    let v = single.get(shard)
    if (!v) single.set(shard, (v = viewOfShards([shard])))
    return v
  }

  const bucket = (name: string) => buckets.getOrLoad(name, async () => subjects?.bucketRead(name))

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

  /** Entries with their table lists (a snapshot's are read once, when first listed or counted). */
  const withTables = async () => {
    const now = entries
    await fillTables(store.blobs, now)
    return now
  }

  /** Counts of the published catalog (GET /api/health asks on every probe: computed once per catalog state). */
  const counted = new WeakMap<ServedEntry[], { documents: number; tables: number; rows: number; paragraphs: number }>()
  const stats = async () => {
    const entries = await withTables()
    let c = counted.get(entries)
    if (!c) {
      c = {
        documents: entries.length,
        tables: entries.reduce((n, e) => n + e.tables.length, 0),
        rows: entries.reduce((n, e) => n + e.tables.reduce((m, t) => m + t.rows, 0), 0),
        paragraphs: entries.reduce((n, e) => n + (e.paragraphs ?? 0), 0),
      }
      counted.set(entries, c)
    }
    return c
  }

  /** The catalog entry of a document at its version (any version still on record), else the published one of that file. */
  async function entryOf(file: string, doc?: BudgetDocument): Promise<ServedEntry | undefined> {
    if (doc) {
      const live = byId.get(doc.id)
      if (live && (doc.version === undefined || live.version === doc.version)) return live
      if (doc.version !== undefined) return store.catalog.get(doc.id, doc.version)
    }
    return entries.find((x) => x.file === file)
  }

  /** The lines a document was read as, for source lines beside a table: a text file itself, else the text its reader made. */
  async function readSource(file: string, doc?: BudgetDocument): Promise<string | undefined> {
    const e = await entryOf(file, doc)
    if (!e) return undefined
    if (e.format !== 'text') {
      const text = await store.blobs.get(textKey(e.id, e.version))
      return text && new TextDecoder().decode(text)
    }
    const bytes = await store.blobs.get(e.original)
    return bytes ? decodeText(bytes).text : undefined
  }

  /** The original bytes of a document as published (GET /api/docs/:id/original), at the version cited. */
  async function readOriginal(file: string, doc?: BudgetDocument): Promise<Uint8Array | undefined> {
    const e = await entryOf(file, doc)
    return e && (await store.blobs.get(e.original))
  }

  /** Any version on record (published, superseded, unpublished): an old citation opens at its own version. */
  async function documentAt(id: string, version: number): Promise<BudgetDocument | undefined> {
    const e = await store.catalog.get(id, version)
    if (!e || !e.shard || e.status === 'draft' || e.status === 'failed') return undefined
    const shard = await shards.getOrLoad(e.shard, async () => {
      const bytes = await store.blobs.get(e.shard)
      return bytes ? loadShard(bytes, (more) => shards.grow(e.shard, more)) : undefined
    })
    return shard && { ...shard.document, version }
  }

  return {
    get corpus() {
      return stubs
    },
    tools: stubView.tools,
    /** Synchronous answers see the catalog only; the routes answer through forQuestion. */
    ask: (req: AskRequest) => stubView.ask(req),
    search: (query: string, filter: SearchFilter = {}, limit?: number) => {
      const { org, ...rest } = filter
      return stubView.search(query, org ? { ...rest, docIds: docsOfOrg(stubs, org).docs.map((d) => d.id) } : rest, limit)
    },
    findings: { forDoc: (docId: string) => shards.peek(byId.get(docId)?.shard ?? '')?.findings ?? [] },
    forQuestion,
    forDocs,
    docIdOf,
    searchAsync,
    summaries: async () => (await withTables()).map(entrySummary),
    readSource,
    readOriginal,
    documentAt,
    stats,
    /** the latest change among the published versions (a publication, a replacement, an ingest) */
    updated: () => entries.reduce<string | undefined>((m, e) => (!m || e.updatedAt > m ? e.updatedAt : m), undefined),
    /** published versions the subject index generation does not hold (answered through its overlay until the next rebuild) */
    pendingSubjects: () => pending,
    refresh,
    sync,
    cache: shards,
  }
}

export type ShardedEngine = Awaited<ReturnType<typeof createShardedEngine>>
