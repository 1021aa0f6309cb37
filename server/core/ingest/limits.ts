import type { BudgetDocument } from '../schema.js'

/**
 * What one published file may hold. Past any limit the file fails alone, with an error naming the file, the line
 * and the limit; the other files still ingest. Real disclosures are far inside these (the seeds: < 500 lines,
 * < 25 tables, < 60 rows a table, paragraphs < 2,000 characters).
 */
export const INGEST_LIMITS = {
  bytes: 20 * 1024 * 1024,
  lines: 200_000,
  lineChars: 20_000,
  paragraphChars: 20_000,
  tables: 300,
  rowsPerTable: 10_000,
} as const

export class LimitError extends Error {
  constructor(readonly file: string, readonly line: number, readonly limit: keyof typeof INGEST_LIMITS, message: string) {
    super(`${file}:${line}: ${message}`)
  }
}

const n = (x: number) => x.toLocaleString('en-US')

/** Before reading: the file's size. */
export function checkFileSize(file: string, bytes: number): void {
  if (bytes > INGEST_LIMITS.bytes) throw new LimitError(file, 1, 'bytes', `file is ${n(bytes)} bytes, more than the ${n(INGEST_LIMITS.bytes)} a disclosure may be`)
}

/** Before parsing: the text the reader made, line count and line length, in one linear pass. */
export function checkTextLimits(file: string, text: string): void {
  let line = 1
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    const len = (end < 0 ? text.length : end) - start
    if (len > INGEST_LIMITS.lineChars) throw new LimitError(file, line, 'lineChars', `line is ${n(len)} characters long (limit ${n(INGEST_LIMITS.lineChars)})`)
    if (end < 0) break
    if (++line > INGEST_LIMITS.lines) throw new LimitError(file, line, 'lines', `more than ${n(INGEST_LIMITS.lines)} lines`)
    start = end + 1
  }
}

/** After parsing: what the search index and the tools will have to hold. */
export function checkDocumentLimits(file: string, doc: BudgetDocument): void {
  if (doc.tables.length > INGEST_LIMITS.tables) {
    throw new LimitError(file, doc.tables[INGEST_LIMITS.tables].lines[0], 'tables', `${n(doc.tables.length)} tables (limit ${n(INGEST_LIMITS.tables)})`)
  }
  for (const t of doc.tables) {
    if (t.rows.length > INGEST_LIMITS.rowsPerTable) {
      throw new LimitError(file, t.lines[0], 'rowsPerTable', `table ${t.number ?? t.title} has ${n(t.rows.length)} rows (limit ${n(INGEST_LIMITS.rowsPerTable)})`)
    }
  }
  for (const p of doc.paragraphs) {
    if (p.text.length > INGEST_LIMITS.paragraphChars) {
      throw new LimitError(file, p.lines[0], 'paragraphChars', `a paragraph of ${n(p.text.length)} characters (limit ${n(INGEST_LIMITS.paragraphChars)})`)
    }
  }
}
