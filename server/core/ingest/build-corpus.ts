import type { Corpus, IngestError } from '../schema.js'
import { ParseError, parseDocument } from '../parse/parse-document.js'

export interface SourceFile {
  name: string
  bytes: Uint8Array
}

export interface DocumentReport {
  file: string
  ok: boolean
  tables: number
  rows: number
  paragraphs: number
  unparsed: number
  unparsedInTables: number
  ms: number
}

const decoder = new TextDecoder('utf-8', { fatal: false })

/** Parse every source into one corpus. A bad file is reported with its line and skipped; the rest still ingest. */
export function buildCorpus(files: SourceFile[]): { corpus: Corpus; report: DocumentReport[] } {
  const documents: Corpus['documents'] = []
  const errors: IngestError[] = []
  const report: DocumentReport[] = []
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const t0 = performance.now()
    try {
      const { document, errors: soft } = parseDocument(f.name, decoder.decode(f.bytes))
      if (documents.some((d) => d.id === document.id)) throw new ParseError(f.name, 1, `duplicate document id ${document.id}`)
      documents.push(document)
      errors.push(...soft)
      const rows = document.tables.reduce((n, t) => n + t.rows.length, 0)
      const tableLines = new Set(document.tables.flatMap((t) => [...t.captionLines, ...t.headerLines]))
      report.push({
        file: f.name, ok: true, tables: document.tables.length, rows, paragraphs: document.paragraphs.length,
        unparsed: document.unparsed.length, unparsedInTables: document.unparsed.filter((u) => !tableLines.has(u.line)).length,
        ms: performance.now() - t0,
      })
    } catch (e) {
      const err = e instanceof ParseError ? { file: e.file, line: e.line, message: e.message } : { file: f.name, message: `${f.name}: ${(e as Error).message}` }
      errors.push(err)
      report.push({ file: f.name, ok: false, tables: 0, rows: 0, paragraphs: 0, unparsed: 0, unparsedInTables: 0, ms: performance.now() - t0 })
    }
  }
  return { corpus: { version: 1, documents, errors }, report }
}
