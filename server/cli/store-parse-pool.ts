import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ParsedFile } from '../core/corpus/ingest-to-store.js'
import { failedReport, type SourceFile } from '../core/ingest/build-corpus.js'
import type { StoreParseJob } from './store-parse-worker.js'

/** Threads by default: one per core, at most 4 (the main thread's writes are light). */
export const defaultThreads = () => Math.max(1, Math.min(4, availableParallelism()))

const failure = (name: string, message: string): ParsedFile => ({
  corpus: { version: 1, documents: [], errors: [{ file: name, message: `${name}: ${message}` }] },
  report: [failedReport(name)],
})

/**
 * A pool of worker threads parsing files for `ingestToStore` (its `parse` option): each thread takes the next file
 * when it finishes one. A thread that dies (out of memory) fails its file alone and is replaced.
 */
export function createStoreParsePool(threads = defaultThreads(), memoryMb = 768) {
  type Lane = { worker: Worker; ready: Promise<void>; busy?: { job: StoreParseJob; resolve: (p: ParsedFile) => void } }
  const queue: { job: StoreParseJob; resolve: (p: ParsedFile) => void }[] = []
  let nextId = 0
  let closed = false
  const start = (): Lane => {
    const worker = new Worker(new URL('./store-parse-worker-entry.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 } })
    const lane: Lane = { worker, ready: Promise.resolve() }
    lane.ready = new Promise((resolve) => {
      const onReady = (m: { ready?: boolean }) => { if (m?.ready) { worker.off('message', onReady); resolve() } }
      worker.on('message', onReady)
    })
    worker.on('message', (m: { id?: number; out?: ParsedFile }) => {
      if (m.id === undefined || lane.busy?.job.id !== m.id) return
      const { resolve } = lane.busy
      lane.busy = undefined
      resolve(m.out!)
      pump()
    })
    const died = (why: string) => {
      if (lane.busy) lane.busy.resolve(failure(lane.busy.job.name, why))
      lane.busy = undefined
      const i = lanes.indexOf(lane)
      if (i >= 0 && !closed) lanes[i] = start()
      pump()
    }
    worker.on('error', (e: Error & { code?: string }) => died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `parsing needed more than ${memoryMb} MB; the file was skipped` : `parsing failed: ${e.message}`))
    worker.on('exit', (code) => { if (!closed) died(`the parser stopped (exit ${code})`) })
    return lane
  }
  const lanes: Lane[] = Array.from({ length: threads }, start)
  const pump = () => {
    for (const lane of lanes) {
      if (lane.busy || !queue.length) continue
      const next = queue.shift()!
      lane.busy = next
      void lane.ready.then(() => lane.worker.postMessage(next.job))
    }
  }
  return {
    threads,
    parse: (file: SourceFile): Promise<ParsedFile> =>
      new Promise((resolve) => {
        queue.push({ job: { id: nextId++, name: file.name, bytes: file.bytes, ...(file.sidecar ? { sidecar: file.sidecar } : {}) }, resolve })
        pump()
      }),
    close: async () => {
      closed = true
      await Promise.all(lanes.map((l) => l.worker.terminate()))
    },
  }
}
