import { checkDocument } from '../checks/check-document.js'
import { reconcileTables } from '../checks/reconcile.js'
import { checkDocumentLimits, checkTextLimits } from '../ingest/limits.js'
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
  // any zip is measured from its central directory before anything looks inside it (a bomb need not be a workbook)
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
  const bomb = isZip ? zipProblem(bytes) : undefined
  if (bomb) return bomb
  if (formatOf(name, bytes) === 'unknown') return 'unsupported file type (by content): PDF, HTML, XLSX, DOCX, TXT or MD'
  return undefined
}

/** readSource (by content) then parseDocument; the document gets `docId`, keeps the uploaded name as its file. */
export const parseUpload: ParseUpload = async (name, bytes, docId) => {
  const t0 = performance.now()
  try {
    const problem = uploadProblem(name, bytes)
    if (problem) return { ok: false, error: problem, ms: performance.now() - t0 }
    const read = await readSource(name, bytes)
    // the limits of `npm run ingest`: what the search index and the tools would have to hold
    checkTextLimits(name, read.text)
    // the reader's format, line origins, image tables, page title and publisher go in with the text
    const { document, errors } = parseDocument(`${docId}.txt`, read.text, read)
    checkDocumentLimits(name, document)
    // as ingest does: every table marked reconciled or not, so an answer citing one whose sums disagree says so
    reconcileTables(document, checkDocument(document, 'tables'))
    document.file = name.replace(/^.*[\\/]/, '')
    return { ok: true, document, text: read.text, problems: errors, warnings: read.warnings, ms: performance.now() - t0 }
  } catch (e) {
    const message = e instanceof ParseError ? e.message.replace(`${docId}.txt`, name) : (e as Error).message
    return { ok: false, error: message, ms: performance.now() - t0 }
  }
}
