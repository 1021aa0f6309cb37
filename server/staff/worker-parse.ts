import { Worker } from 'node:worker_threads'
import type { ParsedUpload, ParseUpload } from '../core/publish/parse-upload.js'

export interface ParseBudget { timeoutMs: number; maxHeapMb: number }

/**
 * Node: each upload is parsed in its own worker thread with a heap limit, terminated past its time budget
 * (a PDF that makes the parser loop, an archive that inflates past the heap): the draft is marked failed and the
 * service keeps answering. One spare worker is started ahead, so an upload does not wait for tsx to load.
 */
export function workerParse(budget: ParseBudget): ParseUpload & { close(): Promise<void> } {
  const spawn = () => {
    const worker = new Worker(new URL('./parse-worker-boot.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: budget.maxHeapMb } })
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve())
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`parse worker exited (${code})`)))
    })
    ready.catch(() => undefined)
    worker.unref()
    return { worker, ready }
  }
  let spare: ReturnType<typeof spawn> | undefined
  const run: ParseUpload = async (name, bytes, docId) => {
    const t0 = performance.now()
    const { worker, ready } = spare ?? spawn()
    spare = spawn()
    const failed = (error: string): ParsedUpload => ({ ok: false, error, ms: performance.now() - t0 })
    try {
      await ready
      return await new Promise<ParsedUpload>((resolve) => {
        const timer = setTimeout(() => resolve(failed(`parsing took longer than ${budget.timeoutMs} ms and was stopped`)), budget.timeoutMs)
        worker.once('message', (m: { result: ParsedUpload }) => { clearTimeout(timer); resolve(m.result) })
        worker.once('error', (e) => { clearTimeout(timer); resolve(failed(/memory/i.test(e.message) ? 'parsing needed more memory than allowed and was stopped' : `parser failed: ${e.message}`)) })
        worker.once('exit', (code) => { clearTimeout(timer); resolve(failed(`parser stopped (exit ${code})`)) })
        worker.postMessage({ name, bytes, docId })
      })
    } catch (e) {
      return failed(`parser could not start: ${(e as Error).message}`)
    } finally {
      void worker.terminate()
    }
  }
  return Object.assign(run, { close: async () => { if (spare) await spare.worker.terminate() } })
}
