import type { BudgetDocument, Corpus, Scope } from '../schema.js'
import type { AuditEvent, CatalogEntry, DocumentStatus, Shard, Store } from '../store/port.js'
import { carryIds } from './carry-ids.js'
import { uploadProblem, type ParseUpload } from './parse-upload.js'

/** What a parse left besides the document: kept beside the draft for the review page. */
export interface DraftNotes { error?: string; problems?: { line?: number; message: string }[]; warnings?: string[]; ms?: number }

export interface DraftView { entry: CatalogEntry; document?: BudgetDocument; notes: DraftNotes }

export interface MetadataPatch { org?: string; year?: number; scope?: Scope; region?: string }

export class DeskError extends Error {
  constructor(readonly kind: 'not_found' | 'conflict' | 'bad_request', message: string) {
    super(message)
  }
}

export interface DeskDeps {
  store: Store
  parse: ParseUpload
  /** documents published outside the catalog (data/corpus.json from `npm run ingest`) */
  base?: BudgetDocument[]
  now?: () => Date
  /** after the published set changed (publish, replace, unpublish), inside the desk's lock */
  onPublishedChange?: () => Promise<void>
}

const ALL: DocumentStatus[] = ['draft', 'published', 'unpublished', 'superseded', 'failed']
const OPEN: DocumentStatus[] = ['draft', 'failed']
const enc = new TextEncoder()
const dec = new TextDecoder()
const keys = (id: string, v: number) => ({ shard: `shards/${id}/v${v}.json`, original: `originals/${id}/v${v}`, text: `texts/${id}/v${v}.txt`, notes: `notes/${id}/v${v}.json` })

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
  return [...d].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The catalog entry that describes a parsed document (or a failed one). */
function entryFor(doc: BudgetDocument | undefined, base: Omit<CatalogEntry, 'org' | 'aliases' | 'year' | 'scope' | 'tables' | 'region' | 'city'>): CatalogEntry {
  return {
    ...base,
    org: doc?.org ?? '',
    aliases: [],
    year: doc?.year ?? 0,
    scope: doc?.scope ?? '部门预算',
    ...(doc?.region ? { region: doc.region } : {}),
    ...(doc?.city ? { city: doc.city } : {}),
    ...(doc?.metadataNeeded?.length ? { metadataNeeded: doc.metadataNeeded } : {}),
    tables: doc?.tables.map((t) => ({ id: t.id, kind: t.kind, title: t.title, rows: t.rows.length })) ?? [],
  }
}

/**
 * Staff's desk over the storage port: uploads become drafts, drafts are corrected, published, replaced and
 * unpublished, and each step is in the audit log. Citizens' corpus = the base documents the catalog does not
 * govern + the published version of every catalog document. Writes are serialised (one lock per desk).
 */
export function createStaffDesk(deps: DeskDeps) {
  const { store } = deps
  const now = () => (deps.now?.() ?? new Date()).toISOString()
  const base = new Map((deps.base ?? []).map((d) => [d.id, d]))
  const shardCache = new Map<string, BudgetDocument>()
  let lock: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn)
    lock = run.catch(() => undefined)
    return run
  }
  const audit = (e: Omit<AuditEvent, 'at'>) => store.audit.append({ at: now(), ...e })

  async function versions(id: string): Promise<CatalogEntry[]> {
    const all = await store.catalog.list({ status: ALL })
    return all.filter((e) => e.id === id).sort((a, b) => a.version - b.version)
  }

  async function loadDocument(entry: CatalogEntry): Promise<BudgetDocument | undefined> {
    if (!entry.shard) return undefined
    const cacheKey = `${entry.shard}@${entry.updatedAt}`
    const hit = shardCache.get(cacheKey)
    if (hit) return hit
    const bytes = await store.blobs.get(entry.shard)
    if (!bytes) return undefined
    const doc = { ...(JSON.parse(dec.decode(bytes)) as Shard).document, version: entry.version }
    shardCache.set(cacheKey, doc)
    return doc
  }

  const putJson = (key: string, value: unknown) => store.blobs.put(key, enc.encode(JSON.stringify(value)))

  /** A base document as catalog version 1, so that replacing or unpublishing it keeps it readable. */
  async function adoptBase(doc: BudgetDocument, status: DocumentStatus, actor: string): Promise<CatalogEntry> {
    const k = keys(doc.id, 1)
    await putJson(k.shard, { document: doc } satisfies Shard)
    const entry = entryFor(doc, { id: doc.id, version: 1, status, format: doc.format ?? 'text', file: doc.file, sha256: doc.sha256 ?? '', shard: k.shard, original: '', updatedAt: now(), updatedBy: actor })
    await store.catalog.put(entry)
    return entry
  }

  /** A base document as the catalog would describe it: published version 1, nothing in the store. */
  const baseEntry = (d: BudgetDocument) =>
    entryFor(d, { id: d.id, version: 1, status: 'published', format: d.format ?? 'text', file: d.file, sha256: d.sha256 ?? '', shard: '', original: '', updatedAt: '' })

  async function openDraft(id: string, version?: number): Promise<CatalogEntry> {
    const vs = await versions(id)
    const e = version ? vs.find((x) => x.version === version) : [...vs].reverse().find((x) => OPEN.includes(x.status))
    if (!e) throw new DeskError('not_found', version ? `${id} has no version ${version}` : `${id} has no open draft`)
    return e
  }

  async function view(entry: CatalogEntry): Promise<DraftView> {
    const notesBytes = await store.blobs.get(keys(entry.id, entry.version).notes)
    return { entry, document: await loadDocument(entry), notes: notesBytes ? (JSON.parse(dec.decode(notesBytes)) as DraftNotes) : {} }
  }

  return {
    /** One file becomes a draft (status draft, or failed with the reason); `replaces` makes it the next version of a document. */
    upload: (actor: string, file: { name: string; bytes: Uint8Array; replaces?: string }) => serial(async (): Promise<DraftView> => {
      const sha = await sha256Hex(file.bytes)
      let id = `d${sha.slice(0, 15)}`
      let prev: BudgetDocument | undefined
      let version = 1
      if (file.replaces) {
        const vs = await versions(file.replaces)
        const held = vs.filter((e) => !OPEN.includes(e.status))
        const latest = held.find((e) => e.status === 'published') ?? held[held.length - 1]
        prev = latest ? await loadDocument(latest) : base.get(file.replaces)
        if (!prev) throw new DeskError('not_found', `no published document ${file.replaces} to replace`)
        id = file.replaces
        const open = vs.find((e) => OPEN.includes(e.status))
        version = open?.version ?? Math.max(base.has(id) ? 1 : 0, ...vs.map((e) => e.version)) + 1
      } else {
        const vs = await versions(id)
        if (vs.length || base.has(id)) throw new DeskError('conflict', `the same file was uploaded before (${id})`)
      }
      // refused by type or as a zip bomb: no parser (or worker) is started
      const problem = uploadProblem(file.name, file.bytes)
      const parsed = problem ? { ok: false as const, error: problem, ms: 0 } : await deps.parse(file.name, file.bytes, id)
      const k = keys(id, version)
      await store.blobs.put(k.original, file.bytes)
      const stamp = { id, version, format: parsed.ok ? parsed.document.format ?? 'text' : 'text', file: file.name, sha256: sha, original: k.original, updatedAt: now(), updatedBy: actor } as const
      let entry: CatalogEntry
      let notes: DraftNotes
      if (parsed.ok) {
        const doc = prev ? carryIds(prev, parsed.document) : parsed.document
        doc.sha256 = sha
        doc.version = version
        await putJson(k.shard, { document: doc } satisfies Shard)
        await store.blobs.put(k.text, enc.encode(parsed.text))
        notes = { problems: parsed.problems, warnings: parsed.warnings, ms: Math.round(parsed.ms) }
        entry = entryFor(doc, { ...stamp, status: 'draft', shard: k.shard })
      } else {
        notes = { error: parsed.error, ms: Math.round(parsed.ms) }
        entry = entryFor(undefined, { ...stamp, status: 'failed', shard: '' })
      }
      await putJson(k.notes, notes)
      await store.catalog.put(entry)
      await audit({ actor, action: 'upload', docId: id, version, detail: `${file.name}${parsed.ok ? '' : ` failed: ${parsed.error}`}`.slice(0, 300) })
      return view(entry)
    }),

    /** Correct what was read (organisation, year, kind) on a draft before it is published. */
    edit: (actor: string, id: string, patch: MetadataPatch) => serial(async () => {
      const entry = await openDraft(id)
      if (entry.status !== 'draft') throw new DeskError('conflict', `${id} v${entry.version} failed to parse; upload it again`)
      const doc = await loadDocument(entry)
      if (!doc) throw new DeskError('not_found', `${id}: parsed document missing`)
      const changes: string[] = []
      const next: BudgetDocument = { ...doc, tables: doc.tables.map((t) => ({ ...t })) }
      if (patch.org !== undefined && patch.org !== doc.org) { changes.push(`org ${doc.org} → ${patch.org}`); next.org = patch.org }
      if (patch.region !== undefined && patch.region !== doc.region) { changes.push(`region ${doc.region ?? ''} → ${patch.region}`); next.region = patch.region }
      if (patch.scope !== undefined && patch.scope !== doc.scope) { changes.push(`scope ${doc.scope} → ${patch.scope}`); next.scope = patch.scope }
      if (patch.year !== undefined && patch.year !== doc.year) {
        changes.push(`year ${doc.year} → ${patch.year}`)
        next.year = patch.year
        // tables that took the document's year (not one printed in their own title) move with it
        for (const t of next.tables) if (t.year === doc.year) t.year = patch.year
      }
      const fixed = new Set(Object.keys(patch))
      const still = doc.metadataNeeded?.filter((f) => !fixed.has(f))
      if (still?.length) next.metadataNeeded = still
      else delete next.metadataNeeded
      await putJson(entry.shard, { document: next } satisfies Shard)
      const updated = { ...entryFor(next, { ...entry, updatedAt: now(), updatedBy: actor }) }
      await store.catalog.put(updated)
      await audit({ actor, action: 'edit', docId: id, version: entry.version, detail: changes.join('; ') || 'no change' })
      return view(updated)
    }),

    /** The draft (or `version`) becomes what citizens' answers use; a published version before it is superseded. */
    publish: (actor: string, id: string, version?: number) => serial(async () => {
      const vs = await versions(id)
      const entry = version ? vs.find((e) => e.version === version) : [...vs].reverse().find((e) => e.status === 'draft' || e.status === 'failed' || e.status === 'unpublished')
      if (!entry) throw new DeskError('not_found', `${id} has nothing to publish`)
      if (entry.status === 'failed') throw new DeskError('conflict', `${id} v${entry.version} failed to parse`)
      if (entry.status === 'published') throw new DeskError('conflict', `${id} v${entry.version} is already published`)
      if (entry.metadataNeeded?.length) throw new DeskError('conflict', `${id}: set ${entry.metadataNeeded.join(', ')} first`)
      let previous = vs.find((e) => e.status === 'published')
      const baseDoc = base.get(id)
      if (!previous && baseDoc && !vs.some((e) => e.version === 1)) previous = await adoptBase(baseDoc, 'published', actor)
      if (previous) await store.catalog.put({ ...previous, status: 'superseded', updatedAt: now(), updatedBy: actor })
      const published = { ...entry, status: 'published' as const, updatedAt: now(), updatedBy: actor }
      await store.catalog.put(published)
      await audit({ actor, action: previous ? 'replace' : 'publish', docId: id, version: entry.version, detail: previous ? `replaces v${previous.version}` : undefined })
      await deps.onPublishedChange?.()
      return view(published)
    }),

    /** Out of citizens' answers, kept for the record (and for publishing again). */
    unpublish: (actor: string, id: string) => serial(async () => {
      const vs = await versions(id)
      let entry = vs.find((e) => e.status === 'published')
      const baseDoc = base.get(id)
      if (!entry && baseDoc && !vs.some((e) => e.version === 1)) entry = await adoptBase(baseDoc, 'published', actor)
      if (!entry) throw new DeskError('not_found', `${id} is not published`)
      const out = { ...entry, status: 'unpublished' as const, updatedAt: now(), updatedBy: actor }
      await store.catalog.put(out)
      await audit({ actor, action: 'unpublish', docId: id, version: entry.version })
      await deps.onPublishedChange?.()
      return view(out)
    }),

    /** One version for the review page: entry, parsed document, parse notes; a base document as its version 1. */
    draft: async (id: string, version?: number): Promise<DraftView> => {
      const vs = await versions(id)
      const doc = base.get(id)
      if (!vs.length && doc && (version ?? 1) === 1) return { entry: baseEntry(doc), document: doc, notes: {} }
      if (!version && !vs.some((e) => OPEN.includes(e.status)) && vs.length) return view(vs[vs.length - 1])
      return view(await openDraft(id, version))
    },

    original: async (id: string, version: number) => {
      const entry = (await versions(id)).find((e) => e.version === version)
      return entry?.original ? { entry, bytes: await store.blobs.get(entry.original) } : undefined
    },

    /** Every catalog entry, plus the base documents the catalog does not govern (as published version 1). */
    list: async (): Promise<CatalogEntry[]> => {
      const all = await store.catalog.list({ status: ALL })
      const governed = new Set(all.map((e) => e.id))
      const fromBase = [...base.values()].filter((d) => !governed.has(d.id)).map(baseEntry)
      return [...all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id) || b.version - a.version), ...fromBase]
    },

    /** Any version of a document, published or not: citations name the version, so old ones still open. */
    documentVersion: async (id: string, version: number): Promise<BudgetDocument | undefined> => {
      const entry = (await versions(id)).find((e) => e.version === version && e.status !== 'draft' && e.status !== 'failed')
      if (entry) return loadDocument(entry)
      return version === 1 ? base.get(id) : undefined
    },

    /** The source text a version was read as (for showing rows beside their lines). */
    sourceText: async (id: string, version: number): Promise<string | undefined> => {
      const bytes = await store.blobs.get(keys(id, version).text)
      return bytes && dec.decode(bytes)
    },

    /** Citizens' corpus: base documents the catalog does not govern, and each catalog document's published version. */
    publishedCorpus: async (): Promise<Corpus> => {
      const all = await store.catalog.list({ status: ALL })
      const governed = new Set(all.filter((e) => !OPEN.includes(e.status)).map((e) => e.id))
      const published = all.filter((e) => e.status === 'published').sort((a, b) => b.version - a.version)
      const seen = new Set<string>()
      const docs: BudgetDocument[] = [...base.values()].filter((d) => !governed.has(d.id))
      for (const e of published) {
        if (seen.has(e.id)) continue
        seen.add(e.id)
        const doc = await loadDocument(e)
        if (doc) docs.push(doc)
      }
      return { version: 1, documents: docs, errors: [] }
    },

    audit: async (limit = 500) => (await store.audit.list({ limit })).sort((a, b) => b.at.localeCompare(a.at)),
    recordSignIn: (actor: string) => audit({ actor, action: 'sign-in' }),
  }
}

export type StaffDesk = ReturnType<typeof createStaffDesk>
