import { buildCorpus, failedReport, readSources, type DocumentReport, type SourceFile } from '../ingest/build-corpus.js'
import { checkFileSize, checkTextLimits, limitProblem } from '../ingest/limits.js'
import type { IngestError } from '../schema.js'
import type { CatalogEntry, Store } from '../store/port.js'
import { entryFor } from './catalog-docs.js'
import { encodeShard, figuresKey, makeShard } from './shard.js'
import { documentFigures, SubjectIndexBuilder, type DocFigures } from './subject-index.js'
import { documentWords, type DocWords } from './vocabulary-skeleton.js'

export interface IngestFile {
  name: string
  /** read lazily, one file at a time, so a city's corpus never sits in memory */
  bytes: () => Promise<Uint8Array>
}

export interface StoreIngestResult {
  parsed: DocumentReport[]
  skipped: number
  unpublished: string[]
  errors: IngestError[]
  subjects: { keys: number; docs: number }
}

/** Stored beside each shard: what the cross-document indexes need of the document, small. */
type StoredFigures = { figures: DocFigures; words: DocWords }

const enc = new TextEncoder()
const dec = new TextDecoder()

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** One file read and parsed within the per-file limits of `npm run ingest`: a poisoned file fails alone, named. */
async function parseWithinLimits(file: SourceFile): Promise<ReturnType<typeof buildCorpus>> {
  const failed = (e: IngestError) => ({ corpus: { version: 1 as const, documents: [], errors: [e] }, report: [failedReport(file.name)] })
  const tooBig = limitProblem(() => checkFileSize(file.name, file.bytes.length))
  if (tooBig) return failed(tooBig)
  const read = await readSources([file])
  const tooLong = read[0].read && limitProblem(() => checkTextLimits(file.name, read[0].read!.text))
  if (tooLong) return failed(tooLong)
  // buildCorpus holds the document to the document limits itself
  return buildCorpus(read)
}

/**
 * Ingest files into the store one at a time: only files whose bytes changed (sha256) are parsed again; each
 * writes its original, its shard (document + lunr index + findings), its subject figures and a catalog version.
 * Documents this ingest published whose file is gone are unpublished. Then the subject index is rebuilt from the
 * per-document figures, again one document at a time. Memory: one document plus two numbers per subject figure.
 */
export async function ingestToStore(
  store: Store,
  files: IngestFile[],
  options: { now?: () => string; actor?: string; onDocument?: (r: DocumentReport) => void } = {},
): Promise<StoreIngestResult> {
  const now = options.now ?? (() => new Date().toISOString())
  const actor = options.actor ?? 'ingest'
  const all = await store.catalog.list({ status: ['published', 'draft', 'unpublished', 'superseded', 'failed'] })
  const latestByFile = new Map<string, CatalogEntry>()
  for (const e of all) {
    const cur = latestByFile.get(e.file)
    if (!cur || e.version > cur.version) latestByFile.set(e.file, e)
  }
  const result: StoreIngestResult = { parsed: [], skipped: 0, unpublished: [], errors: [], subjects: { keys: 0, docs: 0 } }
  const seen = new Set<string>()
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    seen.add(f.name)
    const bytes = await f.bytes()
    const sha = await sha256Hex(bytes)
    const prev = latestByFile.get(f.name)
    if (prev && prev.sha256 === sha && prev.status !== 'failed') {
      result.skipped++
      continue
    }
    const { corpus, report } = await parseWithinLimits({ name: f.name, bytes })
    result.parsed.push(...report)
    result.errors.push(...corpus.errors)
    report.forEach((r) => options.onDocument?.(r))
    const doc = corpus.documents[0]
    if (!doc) continue
    const prevOfId = prev?.id === doc.id ? prev : await store.catalog.get(doc.id)
    const version = (prevOfId?.version ?? 0) + 1
    const at = now()
    const entry = entryFor({ ...doc, version, sha256: sha }, { version, sha256: sha, now: at, actor })
    await store.blobs.put(entry.original, bytes)
    await store.blobs.put(entry.shard, encodeShard(makeShard({ ...doc, version, sha256: sha })))
    const figures: StoredFigures = { figures: documentFigures(doc), words: documentWords(doc) }
    await store.blobs.put(figuresKey(doc.id, version), enc.encode(JSON.stringify(figures)))
    await store.catalog.put(entry)
    if (prevOfId && prevOfId.status === 'published') await store.catalog.put({ ...prevOfId, status: 'superseded', updatedAt: at, updatedBy: actor })
    await store.audit.append({ at, actor, action: prevOfId ? 'replace' : 'ingest', docId: doc.id, version, detail: f.name })
  }
  for (const [file, e] of latestByFile) {
    if (seen.has(file) || e.status !== 'published' || e.updatedBy !== actor) continue
    await store.catalog.put({ ...e, status: 'unpublished', updatedAt: now(), updatedBy: actor })
    await store.audit.append({ at: now(), actor, action: 'unpublish', docId: e.id, version: e.version, detail: `${file} removed` })
    result.unpublished.push(e.id)
  }
  result.subjects = await rebuildSubjectIndex(store)
  return result
}

/** The subject index of every published document, from the figures each ingest stored beside its shard. */
export async function rebuildSubjectIndex(store: Store, generation = Date.now().toString(36)): Promise<{ keys: number; docs: number }> {
  const builder = new SubjectIndexBuilder()
  for (const e of await store.catalog.list()) {
    const bytes = await store.blobs.get(figuresKey(e.id, e.version))
    const stored: StoredFigures | undefined = bytes ? JSON.parse(dec.decode(bytes)) : undefined
    builder.add(e, stored?.figures ?? [], stored?.words)
  }
  return builder.write(store.blobs, generation)
}
