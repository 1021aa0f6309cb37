import { z } from 'zod'
import type { BudgetDocument, Corpus, Row, Table } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { longestShared } from './lib/name-match.js'
import { rowCitation } from './lib/citation.js'
import { CodeInput, DocIdInput, LimitInput, NameInput, OrgInput, TableKindInput, YearInput } from './lib/inputs.js'
import { docsOfOrg, docsOfYear } from './lib/org-scope.js'
import { findRowsIn } from './lib/row-search.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'

export const FindRowsInput = z.object({
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
  tableKind: TableKindInput.optional(),
  tableId: z.string().optional().describe('only rows of this table (id from find-rows or list-documents)'),
  code: CodeInput.optional(),
  name: NameInput.optional(),
  totalOnly: z.boolean().optional().describe('only 合计/总计 rows'),
  nameShares: z.string().min(4).max(80).optional()
    .describe('words a row\'s name shares a run of four characters or more with (an item named in part: 被服洗涤 of 某医院全院被服洗涤2025至2028年对外托管经营项目); only the rows sharing the longest run'),
  limit: LimitInput(10),
})
export type FindRowsInput = z.input<typeof FindRowsInput>

export interface RowSummary {
  rowId: string
  docId: string
  org: string
  year: number
  tableId: string
  tableNumber?: string
  tableTitle: string
  tableKind: string
  code?: string
  name: string
  isTotal: boolean
  fit: number
  cells: { column: string; role: string; year?: number; text: string; unit?: string }[]
}

/** Shortest run of characters a row's name and the words must share. */
const MIN_SHARED = 4

/** Rows (no totals) whose names share the longest run of the words, four characters at least; fit is the run's share of the name. */
function sharingRows(docs: BudgetDocument[], words: string): { doc: BudgetDocument; table: Table; row: Row; fit: number }[] {
  const asked = compactText(words)
  const scored: { doc: BudgetDocument; table: Table; row: Row; fit: number; n: number }[] = []
  for (const doc of docs) {
    for (const table of doc.tables) {
      for (const row of table.rows) {
        if (row.isTotal) continue
        const name = compactText(row.name)
        const n = longestShared(name, asked).length
        if (n >= MIN_SHARED) scored.push({ doc, table, row, fit: n / Math.max(name.length, 1), n })
      }
    }
  }
  const best = Math.max(0, ...scored.map((x) => x.n))
  return scored.filter((x) => x.n === best).map(({ n: _n, ...m }) => m)
}

/** Rows by organisation, year, table kind, subject code or name (fuzzy: 公务用车运行费 finds 公务用车运行维护费). */
export function findRows(corpus: Corpus, input: FindRowsInput, v: Vocabulary): ToolResult<{ rows: RowSummary[] }> {
  const scope = input.docId ? { docs: corpus.documents.filter((d) => d.id === input.docId) } : docsOfOrg(corpus, input.org)
  const { docs } = docsOfYear(scope.docs, input.year)
  if (!docs.length) return { ok: false, error: `no document for ${input.org ?? input.docId ?? ''} ${input.year ?? ''}`.trim(), citations: [] }
  const matches = input.nameShares ? sharingRows(docs, input.nameShares) : findRowsIn(v, docs, { name: input.name, code: input.code, tableKind: input.tableKind, tableId: input.tableId, totalOnly: input.totalOnly })
  const rows = matches.slice(0, input.limit ?? 10).map(({ doc, table, row, fit }) => ({
    rowId: row.id, docId: doc.id, org: doc.org, year: table.year ?? doc.year,
    tableId: table.id, tableNumber: table.number, tableTitle: table.title, tableKind: table.kind,
    code: row.code, name: row.name, isTotal: row.isTotal, fit: Math.round(fit * 100) / 100,
    cells: row.cells.filter((c) => c.text !== '').flatMap((c) => {
      const col = table.columns.find((x) => x.index === c.column)
      return col && !['code', 'name'].includes(col.role) ? [{ column: col.label, role: col.role, year: col.year, text: c.text, unit: c.amount?.unit ?? table.unit }] : []
    }),
  }))
  const citations = matches.slice(0, rows.length).map(({ doc, table, row }) => rowCitation(doc, table, row))
  return { ok: true, rows, citations }
}

export const findRowsTool: QueryTool<typeof FindRowsInput, { rows: RowSummary[] }> = {
  name: 'find-rows',
  description: 'Find table rows by organisation, year, table kind, subject code (科目编码) or name; fuzzy on names and organisations. Returns each row with its filled cells.',
  inputSchema: FindRowsInput,
  run: (ctx, input) => findRows(ctx.corpus, input, vocabularyIn(ctx)),
}
