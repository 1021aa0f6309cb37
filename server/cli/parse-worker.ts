/**
 * Source files parsed one at a time in a worker thread (see parse-in-workers.ts): read, checked against the ingest limits,
 * parsed. The thread runs under a heap limit and a deadline, so a file that would exhaust memory or never finish
 * fails alone instead of taking the whole ingest down.
 */
import { readFileSync, statSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { buildCorpus, failedReport, readSources } from '../core/ingest/build-corpus.js'
import { checkFileSize, checkTextLimits, LimitError } from '../core/ingest/limits.js'
import type { SidecarMeta } from '../core/parse/meta-fallback.js'
import type { IngestError } from '../core/schema.js'

export interface ParseJob {
  name: string
  path: string
  sidecar?: SidecarMeta
}

/** The parse, plus the text lines a reader made of a non-text file (what its citations number). */
export type ParseOutcome = ReturnType<typeof buildCorpus> & { text?: string }

const decoder = new TextDecoder('utf-8', { fatal: false })

async function parseOne(job: ParseJob): Promise<ParseOutcome> {
  const failed = (e: IngestError): ParseOutcome => ({
    corpus: { version: 1, documents: [], errors: [e] },
    report: [failedReport(job.name)],
  })
  try {
    checkFileSize(job.name, statSync(job.path).size)
    const [source] = await readSources([{ name: job.name, bytes: readFileSync(job.path), ...(job.sidecar ? { sidecar: job.sidecar } : {}) }])
    if (!source.readError) checkTextLimits(job.name, source.read?.text ?? decoder.decode(source.bytes))
    // buildCorpus holds each document to the document limits itself
    const out = buildCorpus([source])
    return source.read && source.read.format !== 'text' ? { ...out, text: source.read.text } : out
  } catch (e) {
    if (e instanceof LimitError) return failed({ file: e.file, line: e.line, message: e.message })
    return failed({ file: job.name, message: `${job.name}: ${(e as Error).message}` })
  }
}

// one job at a time: the pool sends the next only after this one's answer; it starts the job's deadline once told
// the code is loaded
parentPort?.on('message', (job: ParseJob) => void parseOne(job).then((out) => parentPort!.postMessage(out)))
parentPort?.postMessage({ ready: true })
