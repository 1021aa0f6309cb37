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

export const oneDocCorpus = (document: BudgetDocument): Corpus => ({ version: 1, documents: [document], errors: [] })

/** A shard as the engine keeps it in its cache: the document, its loaded index, its findings. */
export interface LoadedShard {
  document: BudgetDocument
  index: SearchIndex
  findings: Finding[]
}

const decoder = new TextDecoder()

/** Bytes from the store → a loaded shard, with its weight for the cache (JSON bytes × 3: parsed objects weigh more). */
export function loadShard(bytes: Uint8Array): { value: LoadedShard; bytes: number } {
  // validated against the schema when ingest wrote it; parsing again would only add latency
  const shard = JSON.parse(decoder.decode(bytes)) as Shard
  const document = shard.document
  const index = shard.searchIndex ? loadSearchIndex(shard.searchIndex, oneDocCorpus(document)) : loadSearchIndex(buildSearchIndex(oneDocCorpus(document)), oneDocCorpus(document))
  const findings = (shard.findings as Finding[] | undefined) ?? checkDocument(document)
  return { value: { document, index, findings }, bytes: bytes.byteLength * 3 }
}

export const shardKey = (id: string, version: number) => `shards/${id}/v${version}.json`
export const originalKey = (id: string, version: number) => `originals/${id}/v${version}`
export const figuresKey = (id: string, version: number) => `figures/${id}/v${version}.json`

/** Findings of the loaded shards, in the shape the answer path's finding note reads. */
export function shardFindings(shards: LoadedShard[]): CorpusFindings {
  const byDoc = new Map(shards.map((s) => [s.document.id, s.findings]))
  return {
    forDoc: (docId) => byDoc.get(docId) ?? [],
    forCitation: (c: Citation) => (byDoc.get(c.docId) ?? []).filter((f) => restsOn(f, c)),
    all: () => [...byDoc.values()].flat(),
  }
}
