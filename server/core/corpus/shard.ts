import { checkDocument } from '../checks/check-document.js'
import type { Finding } from '../checks/finding.js'
import type { CorpusFindings } from '../checks/corpus-findings.js'
import { headBytes, joined, readHead, wholeFindings } from './shard-head.js'
import type { BudgetDocument, Citation, Corpus } from '../schema.js'
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../search/search-index.js'
import type { Shard } from '../store/port.js'

/** What ingest stores per document: the parsed document, its own lunr index, its findings (computed once, here). */
export function makeShard(document: BudgetDocument): Required<Shard> & { findings: Finding[] } {
  return { document, searchIndex: buildSearchIndex(oneDocCorpus(document)), findings: checkDocument(document) }
}

/**
 * The costly parts of a shard, which depend on the parsed document only (not on its version or sha256): so a
 * worker thread can compute them while the main thread writes the previous document. The index comes as its JSON.
 */
export interface PreparedShard { findings: Finding[]; indexJson: string }

export function prepareShard(document: BudgetDocument): PreparedShard {
  return { findings: checkDocument(document), indexJson: JSON.stringify(buildSearchIndex(oneDocCorpus(document))) }
}

/** Shard bytes of a document (its version and sha256 set) from parts prepared for it; the same bytes as `encodeShard(makeShard(document))`. */
export function encodePrepared(document: BudgetDocument, prepared: PreparedShard): Uint8Array {
  return joined([headBytes(document, prepared.findings), encoder.encode(`\n${prepared.indexJson}`)])
}

export const oneDocCorpus = (document: BudgetDocument): Corpus => ({ version: 1, documents: [document], errors: [] })

/** A shard as the engine keeps it in its cache: the document, its index (read on first search), its findings. */
export interface LoadedShard {
  document: BudgetDocument
  index: SearchIndex
  findings: Finding[]
  /** the findings resting on a cited source (restsOn), read without parsing the others */
  findingsOn(c: Citation): Finding[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * The stored bytes of a shard: its head (the document and its findings, laid out as shard-head.ts says), then a
 * newline and the lunr index as JSON. The index is three quarters of the bytes and only full-text search needs it,
 * so a reader parses the head and keeps the rest as bytes until a search asks.
 */
export function encodeShard(shard: Shard): Uint8Array {
  const head = headBytes(shard.document, shard.findings as Finding[] | undefined)
  return shard.searchIndex === undefined ? head : joined([head, encoder.encode(`\n${JSON.stringify(shard.searchIndex)}`)])
}

/**
 * Bytes from the store → a loaded shard and its weight for the cache (parsed JSON weighs about 3× its bytes);
 * `grow` is told the extra weight when the index is loaded by a first search.
 */
export function loadShard(bytes: Uint8Array, grow: (bytes: number) => void = () => {}): { value: LoadedShard; bytes: number } {
  const head = readHead(bytes, true)
  const document = head.shard.document
  const corpus = oneDocCorpus(document)
  // views on the bytes read, not copies: copying a few hundred KB per shard cost a cold question more than parsing
  const tail = head.indexAt < bytes.byteLength ? bytes.subarray(head.indexAt) : undefined
  let index: SearchIndex | undefined
  const load = (): SearchIndex => {
    if (index) return index
    const json = tail ? JSON.parse(decoder.decode(tail)) : head.shard.searchIndex ?? buildSearchIndex(corpus)
    index = loadSearchIndex(json, corpus)
    grow((tail?.byteLength ?? 0) * 3)
    return index
  }
  let whole: Finding[] | undefined
  const findings = head.findings ?? wholeFindings(() => (whole ??= (head.shard.findings as Finding[] | undefined) ?? checkDocument(document)))
  const value: LoadedShard = {
    document,
    index: { search: (q, f, l) => load().search(q, f, l) },
    get findings() {
      return findings.all()
    },
    findingsOn: findings.on,
  }
  // the bytes read are kept (the parts and the index are read from them), and parsed JSON weighs about 3× its bytes
  return { value, bytes: bytes.byteLength + head.indexAt * 3 }
}

/**
 * A shard with a new document (and its findings) over the lunr index part of an earlier one, kept as bytes: for a
 * correction the index does not depend on (it indexes names, codes, titles, text and the organisation, not the year).
 */
export function reshard(document: BudgetDocument, earlier: Uint8Array): Uint8Array {
  const { indexAt } = readHead(earlier, false)
  if (indexAt >= earlier.byteLength) return encodeShard(makeShard(document))
  return joined([headBytes(document, checkDocument(document)), encoder.encode('\n'), earlier.subarray(indexAt)])
}

/**
 * A shard written before its head was stored in parts, in today's layout: the same document, findings and lunr
 * index bytes, nothing parsed again from the original (undefined: already in parts). `npm run reshard:store`.
 */
export function inParts(bytes: Uint8Array): Uint8Array | undefined {
  const { shard, indexAt, inParts: already } = readHead(bytes, false)
  if (already) return undefined
  const head = headBytes(shard.document, shard.findings as Finding[] | undefined)
  if (shard.searchIndex !== undefined) return joined([head, encoder.encode(`\n${JSON.stringify(shard.searchIndex)}`)])
  return indexAt < bytes.byteLength ? joined([head, encoder.encode('\n'), bytes.subarray(indexAt)]) : head
}

/** Just the document of stored shard bytes (its head, every table's rows parsed), without its index or findings. */
export function shardDocument(bytes: Uint8Array): BudgetDocument {
  return readHead(bytes, false).shard.document
}

export const shardKey = (id: string, version: number) => `shards/${id}/v${version}.json`
export const originalKey = (id: string, version: number) => `originals/${id}/v${version}`
export const figuresKey = (id: string, version: number) => `figures/${id}/v${version}.json`
/** the lines a reader made of a non-text original (PDF, sheet, page): what its citations number */
export const textKey = (id: string, version: number) => `texts/${id}/v${version}.txt`

/** Findings of the loaded shards, in the shape the answer path's finding note reads. */
export function shardFindings(shards: LoadedShard[]): CorpusFindings {
  // a shard's findings are read when first asked for (a loaded shard parses them then)
  const byDoc = new Map(shards.map((s) => [s.document.id, s]))
  return {
    forDoc: (docId) => byDoc.get(docId)?.findings ?? [],
    forCitation: (c: Citation) => byDoc.get(c.docId)?.findingsOn(c) ?? [],
    all: () => [...byDoc.values()].flatMap((s) => s.findings),
  }
}
