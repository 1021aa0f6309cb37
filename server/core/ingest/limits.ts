import type { BudgetDocument, IngestError } from '../schema.js'
import { tokenizeZh } from '../search/zh-tokenizer.js'

/**
 * What one published file may hold. Past any limit the file fails alone, with an error naming the file, the line
 * and the limit; the other files still ingest. Real disclosures are far inside these (the seeds: < 500 lines,
 * < 25 tables, < 60 rows a table, paragraphs < 2,000 characters; the ten real disclosures: at most 580 distinct
 * search tokens in one paragraph, 17,607 over all of a document's indexed fields).
 * The search index is why tokens are limited: lunr's builder spends about 0.1–0.2 ms per distinct token of a field
 * (a 16,000-character paragraph of varied text: 23,000 tokens, 3.8 s), and the index of every document is built
 * together after the files are parsed, outside any one file's budget.
 */
export const INGEST_LIMITS = {
  bytes: 20 * 1024 * 1024,
  lines: 200_000,
  lineChars: 20_000,
  paragraphChars: 20_000,
  tables: 300,
  rowsPerTable: 10_000,
  /** distinct search tokens (words and character pairs) in one indexed field: a paragraph, a row name, a table title */
  fieldTokens: 5_000,
  /** search tokens over all the indexed fields of a document (each row also indexes its table's title and the organisation) */
  documentTokens: 100_000,
} as const

export class LimitError extends Error {
  constructor(readonly file: string, readonly line: number, readonly limit: keyof typeof INGEST_LIMITS, message: string) {
    super(`${file}:${line}: ${message}`)
  }
}

const n = (x: number) => x.toLocaleString('en-US')

/** A limit check as a value: the ingest error of the first limit passed, or undefined. */
export function limitProblem(check: () => void): IngestError | undefined {
  try {
    check()
    return undefined
  } catch (e) {
    if (e instanceof LimitError) return { file: e.file, line: e.line, message: e.message }
    throw e
  }
}

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
  checkIndexTokens(file, doc)
}

/** What the search index will hold of the document (the fields of server/core/search/search-index.ts), field by field. */
function checkIndexTokens(file: string, doc: BudgetDocument): void {
  let total = 0
  const count = (text: string | undefined, line: number, what: string) => {
    const k = text ? tokenizeZh(text).length : 0
    if (k > INGEST_LIMITS.fieldTokens) throw new LimitError(file, line, 'fieldTokens', `${what} has ${n(k)} distinct search tokens (limit ${n(INGEST_LIMITS.fieldTokens)})`)
    return k
  }
  const orgTokens = count(doc.org, 1, 'the organisation name')
  for (const t of doc.tables) {
    const titleTokens = count(t.title, t.lines[0], `the title of table ${t.number ?? ''}`.trim())
    for (const r of t.rows) {
      if (!r.name && !r.code) continue
      total += count(r.name, r.lines[0], 'a row name') + count(r.code, r.lines[0], 'a row code') + titleTokens + orgTokens
    }
    if (total > INGEST_LIMITS.documentTokens) throw documentTokensError(file, t.lines[0], total)
  }
  for (const p of doc.paragraphs) {
    if (!p.text.trim()) continue
    total += count(p.text, p.lines[0], 'a paragraph') + orgTokens
    if (total > INGEST_LIMITS.documentTokens) throw documentTokensError(file, p.lines[0], total)
  }
}

const documentTokensError = (file: string, line: number, total: number) =>
  new LimitError(file, line, 'documentTokens', `by this line the document holds ${n(total)} search tokens (limit ${n(INGEST_LIMITS.documentTokens)} a document)`)
