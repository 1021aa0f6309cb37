import { z } from 'zod'
import type { Citation, Corpus } from '../schema.js'
import { viewOf } from './lib/corpus-view.js'
import { figureOfCell, pickColumn, type Figure } from './lib/figure.js'
import { CodeInput, ColumnInput, ColumnLabelInput, DocIdInput, LevelInput, NameInput, OrgInput, TableKindInput, YearInput } from './lib/inputs.js'
import { docsOfOrg, docsOfYear, latestPerOrg } from './lib/org-scope.js'
import { resolveInTables } from './lib/resolve-figure.js'
import type { SetAside } from './lib/self-consistent-first.js'
import { rowCitation } from './lib/citation.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'

export const GetFigureInput = z.object({
  rowId: z.string().optional().describe('row id from find-rows; or give org/docId + name/code'),
  docId: DocIdInput.optional(),
  org: OrgInput.optional(),
  year: YearInput.optional().describe('budget year; an earlier year than the document reads its prior-year column'),
  name: NameInput.optional(),
  code: CodeInput.optional(),
  level: LevelInput.optional(),
  tableKind: TableKindInput.optional(),
  column: ColumnInput.optional(),
  columnLabel: ColumnLabelInput.optional(),
  asPrinted: z.boolean().optional().describe('read only a row printed with this very name (财政拨款收入 as a row of the 收支总表), not the total the name also stands for'),
  whole: z.boolean().optional().describe('the whole side asked (总收入, 收入总计): of a place\'s 平衡表, its 总计 with the transfers, not its own 本级 line'),
  account: z.enum(['own', 'whole']).optional().describe('a place\'s account asked: own (区本级, 市本级) or whole (全区, 全市); of a table printing both side by side, that group\'s columns'),
  grand: z.boolean().optional().describe('the grand total asked (收入总计, 收支总计, 收支预算总额): a 收支总表\'s 总计 line, carry-overs included, not its 本年收入/支出合计'),
})
export type GetFigureInput = z.infer<typeof GetFigureInput>

export interface GetFigureOutput {
  figures: Figure[]
  /** the same subject in another table with a different value */
  others: Figure[]
  /** rows found whose wanted cell is empty (not 0: not stated) */
  empty: Citation[]
  /** readings set aside: their own table's parts add up to the figure given instead */
  setAside?: SetAside[]
}

/** One row × one column: the amount as printed with its unit, exact fen, yuan and 万元 form, and its citation. */
export function getFigure(corpus: Corpus, input: GetFigureInput, v: Vocabulary): ToolResult<GetFigureOutput> {
  if (input.rowId) {
    const ref = viewOf(corpus).rowById.get(input.rowId)
    if (!ref) return { ok: false, error: `no row ${input.rowId}`, citations: [] }
    const { doc, table, row } = ref
    const col = pickColumn(doc, table, row, { role: input.column, label: input.columnLabel, year: input.year, account: input.account })
    const f = col && figureOfCell(doc, table, row, col)
    if (!f) return { ok: false, error: col ? 'the cell is empty: no amount is stated' : 'no such column', citations: [rowCitation(doc, table, row, col)] }
    return { ok: true, figures: [f], others: [], empty: [], citations: [f.citation] }
  }
  if (!input.name && !input.code) return { ok: false, error: 'give rowId, or name or code', citations: [] }
  const scope = input.docId ? { docs: corpus.documents.filter((d) => d.id === input.docId) } : docsOfOrg(corpus, input.org)
  const inYear = docsOfYear(scope.docs, input.year)
  const docs = input.year === undefined ? latestPerOrg(inYear.docs) : inYear.docs
  const figures: Figure[] = []
  const others: Figure[] = []
  const empty: Citation[] = []
  const setAside: SetAside[] = []
  for (const doc of docs) {
    const r = resolveInTables(v, doc, { ...input })
    if (r.figure) figures.push(r.figure)
    if (r.figure && r.setAside) setAside.push(r.setAside)
    others.push(...r.others)
    if (!r.figure && r.empty) empty.push(r.empty)
  }
  const citations = [...figures, ...others].map((f) => f.citation).concat(empty)
  if (!figures.length) return { ok: false, error: empty.length ? 'the cell is empty: no amount is stated' : 'not found in the tables', citations }
  return { ok: true, figures, others, empty, ...(setAside.length ? { setAside } : {}), citations }
}

export const getFigureTool: QueryTool<typeof GetFigureInput, GetFigureOutput> = {
  name: 'get-figure',
  description:
    'Get one figure from the tables: a row (by rowId, or organisation + subject name/code) × a column (total, basic, project, personnel, public, prior year, growth). Returns the amount as printed with its unit, exact yuan and the 万元 form.',
  inputSchema: GetFigureInput,
  run: (ctx, input) => getFigure(ctx.corpus, input, vocabularyIn(ctx)),
}
