import { availableParallelism, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import { failedReport, type DocumentReport } from '../core/ingest/build-corpus.js'
import type { Corpus, IngestError } from '../core/schema.js'
import type { ParseJob, ParseOutcome } from './parse-worker.js'

/**
 * Each document's budget: a heap limit for its thread and a deadline. The deadline counts from when the thread is
 * ready: starting one (the TypeScript loader, the parser, pdf.js) takes seconds, and tens of them on a loaded machine.
 */
export const PARSE_BUDGET = { memoryMb: 448, timeoutMs: 30_000, concurrency: 2, startMs: 120_000 }

/**
 * The deadline is meant for a pathological file, not for a busy machine: it stretches with the run queue
 * (load average per core, at most 8×), so a document that parses in 2 s alone is not skipped because other work
 * shares the cores.
 */
export function deadlineMs(timeoutMs: number, load = loadavg()[0], cores = availableParallelism()): number {
  return Math.round(timeoutMs * Math.min(8, Math.max(1, load / Math.max(1, cores))))
}

const failure = (job: ParseJob, message: string): ParseOutcome => ({
  corpus: { version: 1, documents: [], errors: [{ file: job.name, message: `${job.name}: ${message}` }] },
  report: [failedReport(job.name)],
})

const startWorker = (budget: typeof PARSE_BUDGET) =>
  new Worker(new URL('./parse-worker-entry.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 64 },
    stderr: true,
  })

/** Resolves true once the thread has loaded its code and says so, false if it dies or takes longer than `startMs`. */
function whenReady(worker: Worker, budget: typeof PARSE_BUDGET): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => { clearTimeout(timer); worker.off('message', onMessage).off('error', onFail).off('exit', onFail); resolve(ok) }
    const onMessage = (m: unknown) => { if ((m as { ready?: boolean })?.ready) done(true) }
    const onFail = () => done(false)
    const timer = setTimeout(() => done(false), budget.startMs)
    worker.on('message', onMessage).on('error', onFail).on('exit', onFail)
  })
}

/**
 * Parses one file on `worker`; out of memory, a crash or the deadline fail that file only, and the worker is
 * then gone (`alive` false): the lane starts a fresh one for its next file.
 */
function parseOn(worker: Worker, job: ParseJob, budget: typeof PARSE_BUDGET): Promise<{ out: ParseOutcome; alive: boolean }> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    let settled = false
    const done = (out: ParseOutcome, alive: boolean) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (!alive) void worker.terminate()
      resolve({ out, alive })
    }
    const onMessage = (out: ParseOutcome) => done({ ...out, report: out.report.map((r) => ({ ...r, ms: performance.now() - t0 })) }, true)
    const onError = (e: Error & { code?: string }) =>
      done(failure(job, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `parsing needed more than ${budget.memoryMb} MB; the file was skipped` : `parsing failed: ${e.message}`), false)
    const onExit = (code: number) => done(failure(job, `the parser stopped (exit ${code})`), false)
    const limit = deadlineMs(budget.timeoutMs)
    const timer = setTimeout(() => done(failure(job, `parsing took longer than ${Math.round(limit / 1000)} s; the file was skipped`), false), limit)
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    worker.postMessage(job)
  })
}

/**
 * Every file parsed in worker threads, a few at a time, merged in file order into one corpus; a duplicate
 * document id fails the later file.
 */
export async function parseFilesInWorkers(jobs: ParseJob[], budget = PARSE_BUDGET): Promise<{ corpus: Corpus; report: DocumentReport[]; texts: Map<string, string> }> {
  const outcomes: ParseOutcome[] = new Array(jobs.length)
  let next = 0
  const lane = async () => {
    let worker: Worker | undefined
    while (next < jobs.length) {
      const i = next++
      if (!worker) {
        const fresh = startWorker(budget)
        if (!(await whenReady(fresh, budget))) {
          void fresh.terminate()
          outcomes[i] = failure(jobs[i], `the parser did not start within ${budget.startMs / 1000} s`)
          continue
        }
        worker = fresh
      }
      const { out, alive } = await parseOn(worker, jobs[i], budget)
      outcomes[i] = out
      if (!alive) worker = undefined
    }
    await worker?.terminate()
  }
  await Promise.all(Array.from({ length: Math.min(budget.concurrency, jobs.length) }, lane))
  const documents: Corpus['documents'] = []
  const errors: IngestError[] = []
  const report: DocumentReport[] = []
  const texts = new Map<string, string>()
  const order = jobs.map((j, i) => ({ j, o: outcomes[i] })).sort((a, b) => a.j.name.localeCompare(b.j.name))
  for (const { j, o } of order) {
    const dup = o.corpus.documents.find((d) => documents.some((x) => x.id === d.id))
    if (dup) {
      const f = failure(j, `duplicate document id ${dup.id}`)
      errors.push(...f.corpus.errors)
      report.push(...f.report)
      continue
    }
    documents.push(...o.corpus.documents)
    errors.push(...o.corpus.errors)
    report.push(...o.report)
    if (o.text !== undefined && o.corpus.documents.length) texts.set(j.name, o.text)
  }
  return { corpus: { version: 1, documents, errors }, report, texts }
}
