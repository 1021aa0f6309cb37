import { buildCorpus, failedReport, readSources, type DocumentReport, type SourceFile } from '../ingest/build-corpus.js'
import { checkFileSize, checkTextLimits, limitProblem } from '../ingest/limits.js'
import type { SidecarMeta } from '../parse/meta-fallback.js'
import type { BudgetDocument, IngestError } from '../schema.js'
import type { CatalogEntry, Store } from '../store/port.js'
import { figuresKey } from './shard.js'
import { SubjectIndexBuilder } from './subject-index.js'
import { prepareVersion, sha256Hex, writeVersion, type PreparedVersion, type StoredFigures } from './write-version.js'

export { sha256Hex }

export interface IngestFile {
  name: string
  /** read lazily, one file at a time, so a city's corpus never sits in memory */
  bytes: () => Promise<Uint8Array>
  /** `NAME.meta.json` beside the file: what its own title region does not say (read as `npm run ingest` reads it) */
  sidecar?: SidecarMeta
}

/**
 * What a file's reading depends on besides its bytes: the reading code's build and the sidecar it was read with.
 * A file whose stamp changed is parsed again (a corrected sidecar reaches the store as a re-ingest would).
 */
export async function readingStamp(parser: string | undefined, sidecar: SidecarMeta | undefined): Promise<string | undefined> {
  if (!sidecar) return parser
  const meta = `meta:${(await sha256Hex(enc.encode(JSON.stringify(sidecar)))).slice(0, 16)}`
  return parser === undefined ? meta : `${parser}+${meta}`
}

export interface StoreIngestResult {
  parsed: DocumentReport[]
  skipped: number
  /** documents staff took over on /staff (a version or a status written there): ingest left them as they are */
  heldByStaff: string[]
  unpublished: string[]
  errors: IngestError[]
  subjects: { keys: number; docs: number }
}

const dec = new TextDecoder()
const enc = new TextEncoder()

/**
 * Whether staff took a document over: any of its versions was written, published, replaced or unpublished on
 * /staff. From then on the bulk ingest never writes it again (a changed seed file is reported, not applied), so a
 * re-run of `npm run ingest` can neither undo a publication nor bring back what staff unpublished.
 */
export const heldByStaff = (versions: CatalogEntry[]) => versions.some((e) => e.writtenBy === 'staff')

interface IngestWrite { document: BudgetDocument; original: Uint8Array; text?: string; prepared?: PreparedVersion; actor: string; now: string; detail: string; parser?: string }

/** A new published version written by ingest; the version published before it is superseded (and stays readable). */
async function publishIngested(store: Store, versions: CatalogEntry[], w: IngestWrite): Promise<CatalogEntry> {
  const version = (versions[versions.length - 1]?.version ?? 0) + 1
  const written = await writeVersion(store.blobs, { document: w.document, version, status: 'published', original: w.original, text: w.text, prepared: w.prepared, writtenBy: 'ingest', actor: w.actor, now: w.now })
  const entry = w.parser === undefined ? written : { ...written, parser: w.parser }
  // the new version first: a reader in between sees two published versions and takes the higher
  await store.catalog.put(entry)
  for (const p of versions.filter((e) => e.status === 'published')) await store.catalog.put({ ...p, status: 'superseded', updatedAt: w.now, updatedBy: w.actor })
  await store.audit.append({ at: w.now, actor: w.actor, action: versions.length ? 'replace' : 'ingest', docId: entry.id, version, detail: w.detail })
  return entry
}

/** Published documents this ingest wrote whose source is gone: out of answers, kept for the record. */
async function unpublishGone(store: Store, gone: CatalogEntry[], actor: string, now: () => string, why: (e: CatalogEntry) => string): Promise<string[]> {
  const out: string[] = []
  for (const e of gone) {
    if (heldByStaff(await store.catalog.versions(e.id))) continue
    await store.catalog.put({ ...e, status: 'unpublished', updatedAt: now(), updatedBy: actor })
    await store.audit.append({ at: now(), actor, action: 'unpublish', docId: e.id, version: e.version, detail: why(e) })
    out.push(e.id)
  }
  return out
}

/** A file parsed for the store: the parse, the text its citations number, and optionally its version's costly parts. */
export type ParsedFile = ReturnType<typeof buildCorpus> & { text?: string; prepared?: PreparedVersion }

/** One file read and parsed within the per-file limits of `npm run ingest`: a poisoned file fails alone, named. */
export async function parseWithinLimits(file: SourceFile): Promise<ParsedFile> {
  const failed = (e: IngestError) => ({ corpus: { version: 1 as const, documents: [], errors: [e] }, report: [failedReport(file.name)] })
  const tooBig = limitProblem(() => checkFileSize(file.name, file.bytes.length))
  if (tooBig) return failed(tooBig)
  const read = await readSources([file])
  const tooLong = read[0].read && limitProblem(() => checkTextLimits(file.name, read[0].read!.text))
  if (tooLong) return failed(tooLong)
  // buildCorpus holds the document to the document limits itself
  return { ...buildCorpus(read), text: read[0].read?.text }
}

/**
 * Ingest files into the store one at a time: only files whose bytes changed (sha256) are parsed again; each
 * writes a new version (original, shard with its lunr index and findings, subject figures, read text) and its
 * catalog entry. Documents this ingest published whose file is gone are unpublished. Documents staff took over are
 * left alone (`heldByStaff`). Then the subject index is rebuilt from the per-document figures, one document at a
 * time. Memory: one document plus two numbers per subject figure.
 */
/** `parseWithinLimits`, plus the shard's index and findings and the subject figures: all a worker thread can do. */
export async function parseAndPrepare(file: SourceFile): Promise<ParsedFile> {
  const parsed = await parseWithinLimits(file)
  const doc = parsed.corpus.documents[0]
  return doc ? { ...parsed, prepared: prepareVersion(doc) } : parsed
}

export async function ingestToStore(
  store: Store,
  files: IngestFile[],
  options: {
    now?: () => string
    actor?: string
    onDocument?: (r: DocumentReport) => void
    /** how a file is parsed (default here, in this thread; `npm run ingest:store` passes a pool of worker threads) */
    parse?: (file: SourceFile) => Promise<ParsedFile>
    /** files parsed ahead of the one being written (a parallel `parse` keeps its threads busy); writes stay in order */
    parallel?: number
    /**
     * The build of the reading code (see CatalogEntry.parser): a file parsed by another build is parsed again, and
     * written as a new version only when its parse changed. Absent: files are parsed again only when their bytes change.
     */
    parser?: string
  } = {},
): Promise<StoreIngestResult> {
  const now = options.now ?? (() => new Date().toISOString())
  const actor = options.actor ?? 'ingest'
  const all = await store.catalog.list({ status: ['published', 'draft', 'unpublished', 'superseded', 'failed'] })
  // by file name, ingest's own versions only: a staff upload may carry any file name
  const latestByFile = new Map<string, CatalogEntry>()
  for (const e of all) {
    if (e.writtenBy === 'staff') continue
    const cur = latestByFile.get(e.file)
    if (!cur || e.version > cur.version) latestByFile.set(e.file, e)
  }
  const result: StoreIngestResult = { parsed: [], skipped: 0, heldByStaff: [], unpublished: [], errors: [], subjects: { keys: 0, docs: 0 } }
  const seen = new Set<string>()
  const parse = options.parse ?? parseWithinLimits
  // files whose bytes changed, parsed up to `parallel` ahead; each holds one document until it is written
  const ahead: { name: string; bytes: Uint8Array; sha: string; stamp: string | undefined; parsed: Promise<ParsedFile> }[] = []
  const write = async ({ name, bytes, sha, stamp: parser, parsed }: (typeof ahead)[number]) => {
    const { corpus, report, text, prepared } = await parsed
    result.parsed.push(...report)
    result.errors.push(...corpus.errors)
    report.forEach((r) => options.onDocument?.(r))
    const doc = corpus.documents[0]
    if (!doc) return
    const versions = await store.catalog.versions(doc.id)
    if (heldByStaff(versions)) {
      result.heldByStaff.push(doc.id)
      return
    }
    const latest = versions[versions.length - 1]
    const stamp = parser === undefined ? {} : { parser }
    // parsed again by a new build with the same result: the version stands, stamped with the build that read it
    if (parser !== undefined && latest?.status === 'published' && latest.sha256 === sha && latest.parsedSha === (await sha256Hex(enc.encode(JSON.stringify(doc))))) {
      await store.catalog.put({ ...latest, ...stamp })
      return
    }
    await publishIngested(store, versions, { document: doc, original: bytes, text, prepared, actor, now: now(), detail: name, ...stamp })
  }
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    seen.add(f.name)
    const bytes = await f.bytes()
    const sha = await sha256Hex(bytes)
    const prev = latestByFile.get(f.name)
    const stamp = await readingStamp(options.parser, f.sidecar)
    if (prev && prev.sha256 === sha && prev.status !== 'failed' && (stamp === undefined ? !prev.parser?.includes('meta:') : prev.parser === stamp)) {
      result.skipped++
      continue
    }
    ahead.push({ name: f.name, bytes, sha, stamp, parsed: parse({ name: f.name, bytes, ...(f.sidecar ? { sidecar: f.sidecar } : {}) }) })
    if (ahead.length >= Math.max(1, options.parallel ?? 1)) await write(ahead.shift()!)
  }
  while (ahead.length) await write(ahead.shift()!)
  const gone = [...latestByFile].filter(([file, e]) => !seen.has(file) && e.status === 'published' && e.updatedBy === actor).map(([, e]) => e)
  result.unpublished = await unpublishGone(store, gone, actor, now, (e) => `${e.file} removed`)
  result.subjects = await rebuildSubjectIndex(store)
  return result
}

export interface CorpusImportResult { written: string[]; skipped: number; heldByStaff: string[]; unpublished: string[]; missingOriginal: string[] }

/**
 * The corpus `npm run ingest` built (data/corpus.json, parsed under its worker-thread budgets) into the store,
 * through the same rules as `ingestToStore`: a document whose parse changed gets a new published version, one
 * staff took over is left alone, one this import published that left the corpus is unpublished. Nothing is parsed
 * again; each written version builds its shard (lunr index, findings). The subject index is rebuilt when
 * anything changed.
 */
export async function importCorpus(
  store: Store,
  documents: BudgetDocument[],
  io: { original(doc: BudgetDocument): Promise<Uint8Array | undefined>; text?(doc: BudgetDocument): Promise<string | undefined>; actor?: string; now?: () => string },
): Promise<CorpusImportResult> {
  const now = io.now ?? (() => new Date().toISOString())
  const actor = io.actor ?? 'ingest'
  const result: CorpusImportResult = { written: [], skipped: 0, heldByStaff: [], unpublished: [], missingOriginal: [] }
  for (const doc of documents) {
    const versions = await store.catalog.versions(doc.id)
    if (heldByStaff(versions)) {
      result.heldByStaff.push(doc.id)
      continue
    }
    const latest = versions[versions.length - 1]
    const parsedSha = await sha256Hex(enc.encode(JSON.stringify(doc)))
    if (latest?.status === 'published' && latest.parsedSha === parsedSha) {
      result.skipped++
      continue
    }
    const original = await io.original(doc)
    if (!original) {
      result.missingOriginal.push(doc.id)
      continue
    }
    await publishIngested(store, versions, { document: doc, original, text: await io.text?.(doc), actor, now: now(), detail: doc.file })
    result.written.push(doc.id)
  }
  const ids = new Set(documents.map((d) => d.id))
  const gone = (await store.catalog.list()).filter((e) => !ids.has(e.id) && e.writtenBy !== 'staff' && e.updatedBy === actor)
  result.unpublished = await unpublishGone(store, gone, actor, now, (e) => `${e.file} left the corpus`)
  if (result.written.length || result.unpublished.length || !(await store.blobs.get('subjects/current.json'))) await rebuildSubjectIndex(store)
  return result
}

/** The subject index of every published document, from the figures each version stored beside its shard. */
export async function rebuildSubjectIndex(store: Store, generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`): Promise<{ keys: number; docs: number }> {
  const builder = new SubjectIndexBuilder()
  // the cursor before the list (as a reader does): a change made between the two is applied again from the feed
  const cursor = await store.catalog.cursor()
  const published = await store.catalog.list()
  for (const e of published) {
    const bytes = await store.blobs.get(figuresKey(e.id, e.version))
    const stored: StoredFigures | undefined = bytes ? JSON.parse(dec.decode(bytes)) : undefined
    builder.add(e, stored?.figures ?? [], stored?.words)
  }
  return builder.write(store.blobs, generation, { cursor, entries: published })
}
