import { checkDocument } from '../checks/check-document.js'
import type { Finding } from '../checks/finding.js'
import { restsOn, type CorpusFindings } from '../checks/corpus-findings.js'
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
  return encoder.encode(`${JSON.stringify({ document, findings: prepared.findings })}\n${prepared.indexJson}`)
}

export const oneDocCorpus = (document: BudgetDocument): Corpus => ({ version: 1, documents: [document], errors: [] })

/** A shard as the engine keeps it in its cache: the document, its index (read on first search), its findings. */
export interface LoadedShard {
  document: BudgetDocument
  index: SearchIndex
  findings: Finding[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const NEWLINE = 10

/**
 * The stored bytes of a shard: one line of JSON `{document, findings}`, then the lunr index as JSON. The index is
 * three quarters of the bytes and only full-text search needs it, so a reader parses the first line and keeps the
 * rest as bytes until a search asks. (A plain JSON Shard, the older form, still loads.)
 */
export function encodeShard(shard: Shard): Uint8Array {
  const head = JSON.stringify({ document: shard.document, findings: shard.findings })
  return encoder.encode(shard.searchIndex === undefined ? head : `${head}\n${JSON.stringify(shard.searchIndex)}`)
}

/**
 * Bytes from the store → a loaded shard and its weight for the cache (parsed JSON weighs about 3× its bytes);
 * `grow` is told the extra weight when the index is loaded by a first search.
 */
export function loadShard(bytes: Uint8Array, grow: (bytes: number) => void = () => {}): { value: LoadedShard; bytes: number } {
  const cut = bytes.indexOf(NEWLINE)
  const head = cut < 0 ? bytes : bytes.subarray(0, cut)
  // validated against the schema when ingest wrote it; parsing again would only add latency
  const shard = JSON.parse(decoder.decode(head)) as Shard
  const document = shard.document
  const corpus = oneDocCorpus(document)
  const tail = cut < 0 ? undefined : bytes.slice(cut + 1)
  let index: SearchIndex | undefined
  const load = (): SearchIndex => {
    if (index) return index
    const json = tail ? JSON.parse(decoder.decode(tail)) : shard.searchIndex ?? buildSearchIndex(corpus)
    index = loadSearchIndex(json, corpus)
    grow((tail?.byteLength ?? 0) * 3)
    return index
  }
  const findings = (shard.findings as Finding[] | undefined) ?? checkDocument(document)
  return { value: { document, index: { search: (q, f, l) => load().search(q, f, l) }, findings }, bytes: head.byteLength * 3 + (tail?.byteLength ?? 0) }
}

/**
 * A shard with a new document (and its findings) over the lunr index part of an earlier one, kept as bytes: for a
 * correction the index does not depend on (it indexes names, codes, titles, text and the organisation, not the year).
 */
export function reshard(document: BudgetDocument, earlier: Uint8Array): Uint8Array {
  const cut = earlier.indexOf(NEWLINE)
  if (cut < 0) return encodeShard(makeShard(document))
  const head = encoder.encode(JSON.stringify({ document, findings: checkDocument(document) }) + '\n')
  const out = new Uint8Array(head.byteLength + earlier.byteLength - cut - 1)
  out.set(head, 0)
  out.set(earlier.subarray(cut + 1), head.byteLength)
  return out
}

/** Just the document of stored shard bytes (the first line), without its index or findings. */
export function shardDocument(bytes: Uint8Array): BudgetDocument {
  const cut = bytes.indexOf(NEWLINE)
  return (JSON.parse(decoder.decode(cut < 0 ? bytes : bytes.subarray(0, cut))) as Shard).document
}

export const shardKey = (id: string, version: number) => `shards/${id}/v${version}.json`
export const originalKey = (id: string, version: number) => `originals/${id}/v${version}`
export const figuresKey = (id: string, version: number) => `figures/${id}/v${version}.json`
/** the lines a reader made of a non-text original (PDF, sheet, page): what its citations number */
export const textKey = (id: string, version: number) => `texts/${id}/v${version}.txt`

/** Findings of the loaded shards, in the shape the answer path's finding note reads. */
export function shardFindings(shards: LoadedShard[]): CorpusFindings {
  const byDoc = new Map(shards.map((s) => [s.document.id, s.findings]))
  return {
    forDoc: (docId) => byDoc.get(docId) ?? [],
    forCitation: (c: Citation) => (byDoc.get(c.docId) ?? []).filter((f) => restsOn(f, c)),
    all: () => [...byDoc.values()].flat(),
  }
}
