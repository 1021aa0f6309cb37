import { parseUpload, type ParseUpload } from '../core/publish/parse-upload.js'
import { formatOf } from '../core/read/sniff-format.js'

/**
 * The largest upload the staff Worker reads by default (STAFF_MAX_FILE_BYTES overrides it): the isolate's 128 MB
 * holds the file, pdf.js's copy of it and the parsed pages.
 */
export const WORKERS_MAX_FILE_BYTES = 10 * 1024 * 1024

let pdfReady: Promise<void> | undefined
/**
 * pdf.js needs two things workerd lacks: a DOMMatrix class when it is imported (only rendering uses one; text
 * extraction never does) and its worker module, which it would otherwise import from a path at run time; given as
 * `globalThis.pdfjsWorker`, its parser runs inside this isolate. Loaded on the first PDF only.
 */
function preparePdf(): Promise<void> {
  return (pdfReady ??= (async () => {
    const g = globalThis as Record<string, unknown>
    g.DOMMatrix ??= class DOMMatrix { a = 1; b = 0; c = 0; d = 1; e = 0; f = 0 }
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  })())
}

/**
 * Uploads read inside the staff Worker, every format. There is no thread to stop a runaway parse here: the
 * platform's CPU limit (`limits.cpu_ms` in wrangler.staff.toml) ends the request, and the upload stays on record as
 * failed, with that reason (the desk writes it before parsing); citizens never see it.
 */
export const workersParse: ParseUpload = async (name, bytes, docId) => {
  if (formatOf(name, bytes) === 'pdf') await preparePdf()
  return parseUpload(name, bytes, docId)
}
