import { originalKey, shardDocument } from '../corpus/shard.js'
import { sha256Hex, writeParsed } from '../corpus/write-version.js'
import type { BudgetDocument, Scope } from '../schema.js'
import type { AuditEvent, CatalogEntry, DocumentStatus, Store } from '../store/port.js'
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
  now?: () => Date
  /** after the published set changed (publish, replace, unpublish), inside the desk's lock: citizens' engine catches up */
  onPublishedChange?: () => Promise<void>
}

const ALL: DocumentStatus[] = ['draft', 'published', 'unpublished', 'superseded', 'failed']
const OPEN: DocumentStatus[] = ['draft', 'failed']
const enc = new TextEncoder()
const dec = new TextDecoder()
const notesKey = (id: string, v: number) => `notes/${id}/v${v}.json`

/** The catalog entry of an upload that has no parsed document (refused, failed, or still being parsed). */
function failedEntry(o: { id: string; version: number; file: string; sha256: string; now: string; actor: string }): CatalogEntry {
  return {
    id: o.id, version: o.version, status: 'failed', org: '', aliases: [], year: 0, scope: '部门预算', format: 'text', file: o.file,
    sha256: o.sha256, shard: '', original: originalKey(o.id, o.version), tables: [], writtenBy: 'staff', updatedAt: o.now, updatedBy: o.actor,
  }
}

/**
 * Staff's desk over the storage port: uploads become drafts (their shard written as ingest writes one, so
 * publishing is a catalog change, answerable at once), drafts are corrected, published, replaced and unpublished,
 * and each step is in the audit log. Every write marks the entry `writtenBy: 'staff'`: the bulk ingest then leaves
 * that document alone. Writes are serialised (one lock per desk).
 */
export function createStaffDesk(deps: DeskDeps) {
  const { store } = deps
  const now = () => (deps.now?.() ?? new Date()).toISOString()
  const documents = new Map<string, BudgetDocument>()
  let lock: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn)
    lock = run.catch(() => undefined)
    return run
  }
  const audit = (e: Omit<AuditEvent, 'at'>) => store.audit.append({ at: now(), ...e })
  const versions = (id: string) => store.catalog.versions(id)
  const putJson = (key: string, value: unknown) => store.blobs.put(key, enc.encode(JSON.stringify(value)))

  async function loadDocument(entry: CatalogEntry): Promise<BudgetDocument | undefined> {
    if (!entry.shard) return undefined
    const cacheKey = `${entry.shard}@${entry.updatedAt}@${entry.parsedSha ?? ''}`
    const hit = documents.get(cacheKey)
    if (hit) return hit
    const bytes = await store.blobs.get(entry.shard)
    if (!bytes) return undefined
    const doc = { ...shardDocument(bytes), version: entry.version }
    if (documents.size > 16) documents.delete(documents.keys().next().value!)
    documents.set(cacheKey, doc)
    return doc
  }

  async function openDraft(id: string, version?: number): Promise<CatalogEntry> {
    const vs = await versions(id)
    const e = version ? vs.find((x) => x.version === version) : [...vs].reverse().find((x) => OPEN.includes(x.status))
    if (!e) throw new DeskError('not_found', version ? `${id} has no version ${version}` : `${id} has no open draft`)
    return e
  }

  async function view(entry: CatalogEntry): Promise<DraftView> {
    const notesBytes = await store.blobs.get(notesKey(entry.id, entry.version))
    return { entry, document: await loadDocument(entry), notes: notesBytes ? (JSON.parse(dec.decode(notesBytes)) as DraftNotes) : {} }
  }

  /** A status change by staff: the entry is then staff's (ingest leaves the document alone). */
  const restamp = (e: CatalogEntry, status: DocumentStatus, actor: string): CatalogEntry => ({ ...e, status, writtenBy: 'staff', updatedAt: now(), updatedBy: actor })

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
        prev = latest && (await loadDocument(latest))
        if (!prev) throw new DeskError('not_found', `no published document ${file.replaces} to replace`)
        id = file.replaces
        const open = vs.find((e) => OPEN.includes(e.status))
        version = open?.version ?? Math.max(0, ...vs.map((e) => e.version)) + 1
      } else if ((await versions(id)).length) {
        throw new DeskError('conflict', `the same file was uploaded before (${id})`)
      }
      const stamp = { id, version, file: file.name, sha256: sha, actor }
      // on record before the parse: if it never returns (a Worker stopped at its CPU or memory limit), the upload
      // stays listed as failed with this reason, and citizens see nothing of it
      await store.blobs.put(originalKey(id, version), file.bytes)
      await putJson(notesKey(id, version), { error: 'parsing did not finish: still running, or stopped at the time or memory limit' } satisfies DraftNotes)
      await store.catalog.put(failedEntry({ ...stamp, now: now() }))
      // refused by type or as a zip bomb: no parser (or worker) is started
      const problem = uploadProblem(file.name, file.bytes)
      const parsed = problem ? { ok: false as const, error: problem, ms: 0 } : await deps.parse(file.name, file.bytes, id)
      let entry: CatalogEntry
      let notes: DraftNotes
      if (parsed.ok) {
        const doc = prev ? carryIds(prev, parsed.document) : parsed.document
        entry = await writeParsed(store.blobs, { document: doc, version, status: 'draft', sha256: sha, text: parsed.text, writtenBy: 'staff', actor, now: now() })
        notes = { problems: parsed.problems, warnings: parsed.warnings, ms: Math.round(parsed.ms) }
      } else {
        entry = failedEntry({ ...stamp, now: now() })
        notes = { error: parsed.error, ms: Math.round(parsed.ms) }
      }
      await putJson(notesKey(id, version), notes)
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
      // shard and entry again (the original, its text and the subject figures stay; the index too unless the organisation changed)
      const shard = await store.blobs.get(entry.shard)
      const corrected = shard && { shard, orgChanged: next.org !== doc.org }
      const updated = await writeParsed(store.blobs, { document: next, version: entry.version, status: 'draft', sha256: entry.sha256, writtenBy: 'staff', actor, now: now() }, corrected)
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
      const previous = vs.find((e) => e.status === 'published')
      const published = restamp(entry, 'published', actor)
      // readers take the higher of two published versions: write so that no moment shows the wrong one
      if (previous && previous.version > entry.version) await store.catalog.put(restamp(previous, 'superseded', actor))
      await store.catalog.put(published)
      if (previous && previous.version < entry.version) await store.catalog.put(restamp(previous, 'superseded', actor))
      await audit({ actor, action: previous ? 'replace' : 'publish', docId: id, version: entry.version, detail: previous ? `replaces v${previous.version}` : undefined })
      await deps.onPublishedChange?.()
      return view(published)
    }),

    /** Out of citizens' answers, kept for the record (and for publishing again). */
    unpublish: (actor: string, id: string) => serial(async () => {
      const entry = (await versions(id)).find((e) => e.status === 'published')
      if (!entry) throw new DeskError('not_found', `${id} is not published`)
      const out = restamp(entry, 'unpublished', actor)
      await store.catalog.put(out)
      await audit({ actor, action: 'unpublish', docId: id, version: entry.version })
      await deps.onPublishedChange?.()
      return view(out)
    }),

    /** One version for the review page: entry, parsed document, parse notes; without `version` the open draft, else the latest. */
    draft: async (id: string, version?: number): Promise<DraftView> => {
      const vs = await versions(id)
      if (!version && vs.length && !vs.some((e) => OPEN.includes(e.status))) return view(vs[vs.length - 1])
      return view(await openDraft(id, version))
    },

    original: async (id: string, version: number) => {
      const entry = await store.catalog.get(id, version)
      return entry?.original ? { entry, bytes: await store.blobs.get(entry.original) } : undefined
    },

    /** Every catalog entry, most recently changed first. */
    list: async (): Promise<CatalogEntry[]> =>
      (await store.catalog.list({ status: ALL })).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id) || b.version - a.version),

    /** newest first (the log is appended in time order) */
    audit: async (limit = 500) => (await store.audit.list({ limit })).reverse(),
    recordSignIn: (actor: string) => audit({ actor, action: 'sign-in' }),
  }
}

export type StaffDesk = ReturnType<typeof createStaffDesk>
