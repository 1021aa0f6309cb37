import { parentPort } from 'node:worker_threads'
import { parseUpload } from '../core/publish/parse-upload.js'

/** Inside the worker: one upload in, its ParsedUpload out; the parent ends the thread after the answer or past the budget. */
parentPort!.postMessage({ ready: true })
parentPort!.once('message', async (m: { name: string; bytes: Uint8Array; docId: string }) => {
  parentPort!.postMessage({ result: await parseUpload(m.name, m.bytes, m.docId) })
})
