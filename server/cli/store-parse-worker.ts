/**
 * A worker thread of `npm run ingest:store`: parses one file at a time within the ingest limits and computes what
 * its stored version needs beside the document (lunr index, findings, subject figures), so the main thread only
 * writes. See store-parse-pool.ts.
 */
import { parentPort } from 'node:worker_threads'
import type { SidecarMeta } from '../core/parse/meta-fallback.js'
import { failedReport } from '../core/ingest/build-corpus.js'
import { parseAndPrepare, type ParsedFile } from '../core/corpus/ingest-to-store.js'

export interface StoreParseJob { id: number; name: string; bytes: Uint8Array; sidecar?: SidecarMeta }

async function run(job: StoreParseJob): Promise<ParsedFile> {
  try {
    return await parseAndPrepare({ name: job.name, bytes: job.bytes, ...(job.sidecar ? { sidecar: job.sidecar } : {}) })
  } catch (e) {
    return { corpus: { version: 1, documents: [], errors: [{ file: job.name, message: `${job.name}: ${(e as Error).message}` }] }, report: [failedReport(job.name)] }
  }
}

parentPort?.on('message', (job: StoreParseJob) => void run(job).then((out) => parentPort!.postMessage({ id: job.id, out })))
parentPort?.postMessage({ ready: true })
