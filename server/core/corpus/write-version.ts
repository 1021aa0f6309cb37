import type { BudgetDocument } from '../schema.js'
import type { BlobStore, CatalogEntry, DocumentStatus } from '../store/port.js'
import { entryFor } from './catalog-docs.js'
import { encodePrepared, encodeShard, figuresKey, makeShard, prepareShard, reshard, textKey, type PreparedShard } from './shard.js'
import { documentFigures, type DocFigures } from './subject-index.js'
import { documentWords, type DocWords } from './vocabulary-skeleton.js'

/** Stored beside each shard: what the cross-document indexes need of the document, small. */
export type StoredFigures = { figures: DocFigures; words: DocWords }

const enc = new TextEncoder()

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export interface ParsedVersion {
  /** the parsed document; its id, and `version` below, name the keys */
  document: BudgetDocument
  version: number
  status: DocumentStatus
  /** sha256 of the original bytes */
  sha256: string
  /** the lines a reader made of a PDF, sheet or page (what citations number); none for a text file (its own bytes) */
  text?: string
  writtenBy: 'ingest' | 'staff'
  actor: string
  now: string
  /** shard parts and subject figures computed elsewhere (a worker thread of a parallel ingest) from this document */
  prepared?: PreparedVersion
}

/** What a parallel ingest computes beside the parse: everything of a version that does not depend on its number. */
export type PreparedVersion = { shard: PreparedShard; figures: StoredFigures }

export function prepareVersion(document: BudgetDocument): PreparedVersion {
  return { shard: prepareShard(document), figures: { figures: documentFigures(document), words: documentWords(document) } }
}

export type VersionInput = Omit<ParsedVersion, 'sha256'> & {
  /** the file exactly as published */
  original: Uint8Array
}

/**
 * One version of a document into the store, everything a reader needs before its catalog entry says it exists:
 * the original, the shard (document, findings, its own lunr index), its subject figures and words (for the
 * cross-document index, which picks up a published version without a rebuild) and the text it was read as.
 * Returns the catalog entry; the caller puts it (its status decides whether citizens see it).
 */
export async function writeVersion(blobs: BlobStore, v: VersionInput): Promise<CatalogEntry> {
  const { original, ...rest } = v
  const sha256 = await sha256Hex(original)
  const entry = await writeParsed(blobs, { ...rest, sha256 })
  await blobs.put(entry.original, original)
  return entry
}

/**
 * The parsed side of a version (shard, figures, read text) and its entry: a correction rewrites these, not the
 * original. `corrected` is the version's shard as it was, when only the organisation, year, kind or region changed:
 * the subject figures (rows by code and name) stay, and so does its lunr index unless the organisation changed.
 */
export async function writeParsed(blobs: BlobStore, v: ParsedVersion, corrected?: { shard: Uint8Array; orgChanged: boolean }): Promise<CatalogEntry> {
  const doc: BudgetDocument = { ...v.document, version: v.version, sha256: v.sha256 }
  const entry = entryFor(doc, { version: v.version, sha256: v.sha256, status: v.status, now: v.now, actor: v.actor })
  entry.parsedSha = await sha256Hex(enc.encode(JSON.stringify(v.document)))
  entry.writtenBy = v.writtenBy
  if (v.text !== undefined && doc.format && doc.format !== 'text') await blobs.put(textKey(doc.id, v.version), enc.encode(v.text))
  if (!corrected) {
    const figures: StoredFigures = v.prepared?.figures ?? { figures: documentFigures(doc), words: documentWords(doc) }
    await blobs.put(figuresKey(doc.id, v.version), enc.encode(JSON.stringify(figures)))
  }
  const shard = corrected && !corrected.orgChanged ? reshard(doc, corrected.shard) : v.prepared && !corrected ? encodePrepared(doc, v.prepared.shard) : encodeShard(makeShard(doc))
  await blobs.put(entry.shard, shard)
  return entry
}
