import { ParseError, parseDocument } from '../parse/parse-document.js'
import { formatOf, readSource } from '../read/read-source.js'
import type { BudgetDocument, IngestError } from '../schema.js'
import { zipProblem } from './zip-guard.js'

/** What parsing one uploaded file made: the document (its id chosen by the caller) and the text it was read as. */
export type ParsedUpload =
  | { ok: true; document: BudgetDocument; text: string; problems: IngestError[]; warnings: string[]; ms: number }
  | { ok: false; error: string; ms: number }

/** Parses one upload: in-process here; on Node a worker thread runs this same function with a time and memory budget. */
export type ParseUpload = (name: string, bytes: Uint8Array, docId: string) => Promise<ParsedUpload>

/** Why a file is refused before parsing (type by content, zip bombs), or undefined. */
export function uploadProblem(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty file'
  const format = formatOf(name, bytes)
  if (format === 'unknown') return 'unsupported file type (by content): PDF, HTML, XLSX, DOCX, TXT or MD'
  if (format === 'xlsx' || format === 'docx') {
    if (bytes[0] === 0xd0) return undefined // legacy .xls: not a zip
    return zipProblem(bytes)
  }
  return undefined
}

/** readSource (by content) then parseDocument; the document gets `docId`, keeps the uploaded name as its file. */
export const parseUpload: ParseUpload = async (name, bytes, docId) => {
  const t0 = performance.now()
  try {
    const problem = uploadProblem(name, bytes)
    if (problem) return { ok: false, error: problem, ms: performance.now() - t0 }
    const read = await readSource(name, bytes)
    const { document, errors } = parseDocument(`${docId}.txt`, read.text)
    document.file = name.replace(/^.*[\\/]/, '')
    if (read.format !== 'text') document.format = read.format
    if (read.origins) document.origins = read.origins
    if (read.imageTables?.length) document.imageTables = read.imageTables
    return { ok: true, document, text: read.text, problems: errors, warnings: read.warnings, ms: performance.now() - t0 }
  } catch (e) {
    const message = e instanceof ParseError ? e.message.replace(`${docId}.txt`, name) : (e as Error).message
    return { ok: false, error: message, ms: performance.now() - t0 }
  }
}
