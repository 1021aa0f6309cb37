import type { BudgetDocument, Scope, SourceFormat } from '../schema.js'

/**
 * The storage port: everything the service keeps goes through these three interfaces, so the core never knows
 * whether it sits on a data directory (Node, atomic writes), R2 + D1/KV (Workers) or memory (tests).
 * Agreed between the city-scale issue (published corpus, shards, subject index) and the staff issue
 * (drafts, versions, audit log); `npm run ingest` writes through the same port.
 */

/** Bytes by key: originals (`originals/<id>/v<version>`), per-document shards (`shards/<id>/v<version>.json`), drafts. */
export interface BlobStore {
  get(key: string): Promise<Uint8Array | undefined>
  /**
   * The same bytes as UTF-8 text, where the store decodes them itself (R2's `text()`): JSON read whole (a city's catalog
   * snapshot, 8 MB at 10,000 documents) is then not copied into the isolate and decoded there. Optional: readBlobText
   * decodes `get`'s bytes for a store without it.
   */
  getText?(key: string): Promise<string | undefined>
  /** atomic: a reader sees the old bytes or the new, never a half-written value */
  put(key: string, bytes: Uint8Array): Promise<void>
  delete(key: string): Promise<void>
  list(prefix: string): Promise<string[]>
}

export type DocumentStatus = 'draft' | 'published' | 'unpublished' | 'superseded' | 'failed'

/** One version of one document in the catalog: small, so the whole catalog of a city fits in memory. */
export interface CatalogEntry {
  id: string
  version: number
  status: DocumentStatus
  org: string
  /** names people use for it, normalised once at ingest (区司法局, 普陀区司法局 …) */
  aliases: string[]
  region?: string
  city?: string
  year: number
  scope: Scope
  format: SourceFormat
  file: string
  sha256: string
  /** key of the parsed document (its shard) in the BlobStore */
  shard: string
  /** key of the original bytes in the BlobStore */
  original: string
  tables: { id: string; kind: string; title: string; rows: number; number?: string; unit?: string; year?: number; noData?: boolean }[]
  /** optional, written by ingest so lists and health need no shard: document title, main unit, paragraph and line counts */
  title?: string
  unit?: string
  paragraphs?: number
  lineCount?: number
  metadataNeeded?: ('org' | 'year' | 'scope')[]
  /** the organisation as the document's own sentences name it otherwise (rule body-also-named) */
  alsoNamed?: string[]
  /** a 绩效自评 form's other organisations (its 主管部门): questions naming one find it before any shard is read */
  speaksFor?: string[]
  /** how its stage or year was read when the page did not say it (rules stage-by-words, year-from-date): answers say so */
  stageFromWords?: boolean
  yearFromDate?: string
  /** the part of the year the document reports (rule part-year): answers say so */
  period?: string
  /** sha256 of the parsed document as stored: tells a re-import whether the parse changed though the bytes did not */
  parsedSha?: string
  /**
   * The build of the reading code that parsed this version (a hash of its sources, given by `npm run ingest:store`):
   * a bulk ingest parses a file again when its bytes or this build changed, so a better parser reaches stored documents.
   */
  parser?: string
  /**
   * Which path wrote this version or last changed its status: the bulk ingest or a staff member on /staff. Ingest
   * leaves a document alone once staff wrote any of its versions (absent: ingest, the only writer before staff).
   */
  writtenBy?: 'ingest' | 'staff'
  updatedAt: string
  updatedBy?: string
}

export interface Catalog {
  /** every entry, or those matching the filter; published only unless asked */
  list(filter?: { status?: DocumentStatus[]; org?: string; year?: number }): Promise<CatalogEntry[]>
  get(id: string, version?: number): Promise<CatalogEntry | undefined>
  /** every version of one document, oldest first, whatever its status (a document's history without listing the catalog) */
  versions(id: string): Promise<CatalogEntry[]>
  put(entry: CatalogEntry): Promise<void>
  /**
   * The entries written after `since` (a cursor from `cursor()` or an earlier call), each in its current state, oldest
   * change first, and the cursor to pass next: how a process or an isolate follows publications made elsewhere without
   * listing the catalog again. At most `limit` entries per call (default 500); call again while `more`.
   */
  changes(since: number, limit?: number): Promise<{ cursor: number; entries: CatalogEntry[]; more: boolean }>
  /** the cursor of the latest change (read it before a full `list`, then follow `changes` from it) */
  cursor(): Promise<number>
}

export interface AuditEvent {
  at: string
  actor: string
  action: 'upload' | 'edit' | 'publish' | 'unpublish' | 'replace' | 'ingest' | 'sign-in'
  docId?: string
  version?: number
  detail?: string
}

export interface AuditLog {
  append(event: AuditEvent): Promise<void>
  list(options?: { since?: string; limit?: number }): Promise<AuditEvent[]>
}

/** The whole port. Adapters: server/store/fs-store.ts (Node), server/store/cf-store.ts (Workers), memory-store for tests. */
export interface Store {
  blobs: BlobStore
  catalog: Catalog
  audit: AuditLog
}

/** A parsed document as stored in its shard. */
export type Shard = { document: BudgetDocument; searchIndex?: unknown; findings?: unknown }
