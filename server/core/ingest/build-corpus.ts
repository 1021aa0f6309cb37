import type { Corpus, IngestError, SourceFormat } from '../schema.js'
import { checkDocument } from '../checks/check-document.js'
import { reconcileTables, reconciledShare } from '../checks/reconcile.js'
import { checkDocumentLimits, LimitError } from './limits.js'
import type { SidecarMeta } from '../parse/meta-fallback.js'
import { ParseError, parseDocument } from '../parse/parse-document.js'
import { readSource } from '../read/read-source.js'
import type { ReadResult } from '../read/types.js'

export interface SourceFile {
  name: string
  bytes: Uint8Array
  /** what a reader made of the bytes (PDF, HTML, sheets…); absent: the bytes are UTF-8 text */
  read?: ReadResult
  /** why no reader could read it (an unsupported or broken file): reported, the other files still ingest */
  readError?: string
  /** NAME.meta.json beside the file: metadata the document itself does not give */
  sidecar?: SidecarMeta
  /** milliseconds its reader took */
  readMs?: number
}

/** Run each file's reader (async: pdf.js is); a file no reader can read keeps its bytes and fails in buildCorpus. */
export async function readSources(files: SourceFile[]): Promise<SourceFile[]> {
  return Promise.all(files.map(async (f) => {
    if (f.read) return f
    const t0 = performance.now()
    try {
      return { ...f, read: await readSource(f.name, f.bytes), readMs: performance.now() - t0 }
    } catch (e) {
      return { ...f, readError: (e as Error).message, readMs: performance.now() - t0 }
    }
  }))
}

export interface DocumentReport {
  file: string
  ok: boolean
  tables: number
  rows: number
  paragraphs: number
  unparsed: number
  unparsedInTables: number
  format: SourceFormat
  /** share of amount cells in tables whose sums agree with their rows and the other tables (0–1) */
  reconciled: number
  /** tables whose sums do not agree */
  mismatched: number
  /** fields the document does not give (org/year/scope): held, not answerable until given */
  metadataNeeded: string[]
  imageTables: number
  /** source lines read as prose that carry three or more amounts: rows of a table layout the parser did not recognise? */
  figureRowsInProse: number[]
  ms: number
}

/** The report line of a file that could not be ingested. */
export const failedReport = (file: string, ms = 0, format: SourceFormat = 'text'): DocumentReport => ({
  file, ok: false, tables: 0, rows: 0, paragraphs: 0, unparsed: 0, unparsedInTables: 0, figureRowsInProse: [], ms,
  format, reconciled: 0, mismatched: 0, metadataNeeded: [], imageTables: 0,
})

/** Three or more amounts printed with decimals on one line ("津贴补贴  78.39  78.39  0.00"). */
const FIGURE_ROW = /(?:\d[\d,]*\.\d{1,2}(?!\d)[^\d]+){2,}\d[\d,]*\.\d{1,2}(?!\d)/

/** Prose lines that look like table rows: the sign of a layout no rule covers yet. */
function figureRowsInProse(text: string, paragraphs: Corpus['documents'][number]['paragraphs']): number[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const out: number[] = []
  // a sentence (，。；) or amounts with their unit (万元) is prose stating figures, not a row of cells
  const rowLike = (l: string) => FIGURE_ROW.test(l) && !/[，。；]|\d\s*(?:万元|元|%)/.test(l)
  for (const p of paragraphs) for (let n = p.lines[0]; n <= p.lines[1]; n++) if (rowLike(lines[n - 1] ?? '')) out.push(n)
  return out
}

const decoder = new TextDecoder('utf-8', { fatal: false })

/** Parse every source into one corpus. A bad file is reported with its line and skipped; the rest still ingest. */
export function buildCorpus(files: SourceFile[]): { corpus: Corpus; report: DocumentReport[] } {
  const documents: Corpus['documents'] = []
  const errors: IngestError[] = []
  const report: DocumentReport[] = []
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const t0 = performance.now() - (f.readMs ?? 0)
    try {
      if (f.readError) throw new ParseError(f.name, 1, f.readError)
      const text = f.read?.text ?? decoder.decode(f.bytes)
      const { document, errors: soft } = parseDocument(f.name, text, f.read, { sidecar: f.sidecar })
      // before the checks, which compare tables pairwise: 3,000 tables would take minutes there
      checkDocumentLimits(f.name, document)
      reconcileTables(document, checkDocument(document, 'tables'))
      if (documents.some((d) => d.id === document.id)) throw new ParseError(f.name, 1, `duplicate document id ${document.id}`)
      documents.push(document)
      errors.push(...soft)
      const rows = document.tables.reduce((n, t) => n + t.rows.length, 0)
      const tableLines = new Set(document.tables.flatMap((t) => [...t.captionLines, ...t.headerLines]))
      report.push({
        file: f.name, ok: true, tables: document.tables.length, rows, paragraphs: document.paragraphs.length,
        unparsed: document.unparsed.length, unparsedInTables: document.unparsed.filter((u) => !tableLines.has(u.line)).length,
        format: document.format ?? 'text', reconciled: reconciledShare(document), mismatched: document.tables.filter((t) => t.reconciled === 'mismatch').length,
        metadataNeeded: document.metadataNeeded ?? [], imageTables: document.imageTables?.length ?? 0,
        figureRowsInProse: figureRowsInProse(text, document.paragraphs),
        ms: performance.now() - t0,
      })
    } catch (e) {
      const err = e instanceof ParseError || e instanceof LimitError ? { file: e.file, line: e.line, message: e.message } : { file: f.name, message: `${f.name}: ${(e as Error).message}` }
      errors.push(err)
      report.push(failedReport(f.name, performance.now() - t0, f.read?.format))
    }
  }
  return { corpus: { version: 1, documents, errors }, report }
}
