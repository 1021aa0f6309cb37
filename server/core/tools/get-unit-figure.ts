import { z } from 'zod'
import type { Amount, BudgetDocument, Column, Corpus, Row } from '../schema.js'
import { stageOf as stageOfScope } from '../schema.js'
import { stageOfHead } from '../lexicon/stage-words.js'
import { TableKind } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { figureOfCell, moneyFields, type Figure } from './lib/figure.js'
import { paragraphCitation } from './lib/citation.js'
import { printed } from './lib/money.js'
import { proseUnitRows, splitNameOf, type ProseUnitRow } from './lib/prose-unit-table.js'
import { DocIdInput } from './lib/inputs.js'
import { moneyColumns, unitRow, unitTables, unitsKindColumn, type UnitTable } from './lib/member-units.js'
import { groupRow } from './lib/unit-groups.js'
import type { QueryTool, ToolResult } from './types.js'

export const GetUnitFigureInput = z.object({
  docId: DocIdInput,
  unit: z.string().min(2).max(60).describe('a unit the department budget covers, as named in its per-unit rows, e.g. "某市水文站"'),
  tableKind: TableKind.optional().describe('the per-unit table to read: income (收入总表), spending (支出总表), three-public (三公)'),
  columns: z.array(z.string().max(30)).max(6).optional().describe('column headers asked, e.g. ["事业收入"]; omit for the 合计 column'),
  subject: z.string().min(2).max(40).optional().describe('a subject code or name printed under the unit in a table grouped by unit, e.g. "2050203" or "初中教育"; omit for the unit\'s own row'),
})
export type GetUnitFigureInput = z.infer<typeof GetUnitFigureInput>

export interface UnitFigure {
  /** the unit's row × the column */
  figure: Figure
  /** the 合计 row of the same table × the same column (the whole department); under a unit's block, the unit's row */
  total?: Figure
}

export interface GetUnitFigureOutput { unit: string; tableTitle: string; figures: UnitFigure[]; /** columns printed whose cell the unit left blank */ missing: string[]; /** columns asked the table does not print */ absent?: string[] }

const current = (c: Column) => c.role !== 'prior'
const leafOf = (c: Column) => compactText(c.path[c.path.length - 1] ?? c.label)
/** "一般公共预算拨款收入" is asked as "一般公共预算拨款" or "一般公共预算": the header without its 收入/资金 ending. */
const stem = (s: string) => s.replace(/(?:拨款)?(?:收入|资金)$/, '')

/** The column a header asked names: its leaf header exactly, else a header that contains it, else its stem. */
function columnNamed(u: UnitTable, asked: string): Column | undefined {
  const cols = moneyColumns(u.table).filter(current)
  const a = compactText(asked)
  // (the year's own column first; a column asked by a header only last year's prints, "2024年预算数", is that column)
  return cols.find((c) => leafOf(c) === a) ?? moneyColumns(u.table).find((c) => leafOf(c) === a) ?? cols.find((c) => compactText(c.path.join('')).includes(a)) ?? cols.find((c) => stem(leafOf(c)) === stem(a) && stem(a).length >= 2)
}

const totalColumn = (u: UnitTable) => moneyColumns(u.table).filter(current).find((c) => c.role === 'total') ?? moneyColumns(u.table).filter(current)[0]

/**
 * Rule `unit-stage-rows`: a 三公 table printing each unit three times, its stage in a text column (年初预算, 调整预算,
 * 决算数): the unit's row of the document's own stage (a 决算's 决算数), never its first row by position. `rows`: where
 * the rows of the same name are looked for (the unit rows, or the whole table for its 合计).
 */
function stagedRow(doc: BudgetDocument, u: UnitTable, row: Row, rows: Row[] = u.rows): Row {
  const text = u.table.columns.find((c) => c.role === 'text')
  if (!text) return row
  // (the stage its text cell heads, as a 三公 table heads its stages down the side: stage-words)
  const want = stageOfScope(doc.scope) === '决算' ? 'final' : 'initial'
  const same = rows.filter((r) => r.name === row.name)
  const staged = same.length >= 2 ? same.find((r) => stageOfHead(compactText(r.cells.find((c) => c.column === text.index)?.text ?? '')) === want) : undefined
  return staged ?? row
}

/** One unit's row of a department's per-unit table, for the columns asked, beside the 合计 row of the same columns. */
export function getUnitFigure(corpus: Corpus, input: GetUnitFigureInput): ToolResult<GetUnitFigureOutput> {
  const doc = corpus.documents.find((d) => d.id === input.docId)
  if (!doc) return { ok: false, error: `no document ${input.docId}`, citations: [] }
  const tables = unitTables(doc).filter((u) => (!input.tableKind || u.table.kind === input.tableKind) && (!input.subject || u.groups))
  // (a table of units side by side prints a kind's whole in a column of its own: that kind's too, when no table of the
  // kind prints the unit, rule units-kind-column)
  const sideBySide = () => (input.tableKind && !input.subject ? unitTables(doc).filter((u) => u.table.kind !== input.tableKind && !!unitsKindColumn(doc, u.table, input.tableKind!)) : [])
  const u = tables.find((t) => unitRow(t, input.unit)) ?? sideBySide().find((t) => unitRow(t, input.unit))
  if (!u) return proseUnitFigure(doc, input) ?? { ok: false, error: `no per-unit row of ${input.unit}${input.tableKind ? ` in a ${input.tableKind} table` : ''}`, citations: [] }
  const unit = stagedRow(doc, u, unitRow(u, input.unit)!)
  const group = input.subject ? u.groups?.find((g) => g.unit === unit) : undefined
  const row = group ? groupRow(group, input.subject!) : unit
  if (!row) return { ok: false, error: `no row ${input.subject} under ${unit.name} in ${u.table.title}`, citations: [] }
  const figures: UnitFigure[] = []
  const missing: string[] = []
  const absent: string[] = []
  const asked = input.columns?.length ? input.columns : [undefined]
  for (const a of asked) {
    const col = a ? columnNamed(u, a) : (input.tableKind && unitsKindColumn(doc, u.table, input.tableKind)) || totalColumn(u)
    const figure = col && figureOfCell(doc, u.table, row, col)
    // (a column the table does not print is absent, never said to be left blank)
    if (!col) { absent.push(a ?? '合计'); continue }
    if (!figure) { missing.push(a ?? '合计'); continue }
    // under a unit's block the figure is part of the unit's row, not of the department's 合计
    const whole = group ? figureOfCell(doc, u.table, unit, col) : figureOfCell(doc, u.table, stagedRow(doc, u, u.total, u.table.rows), col)
    figures.push({ figure, total: whole })
  }
  const citations = figures.flatMap((f) => [f.figure.citation, ...(f.total ? [f.total.citation] : [])])
  if (!figures.length) return { ok: false, error: `the row of ${row.name} has no amount in ${[...missing, ...absent].join('、')}`, citations: [] }
  return { ok: true, unit: unit.name, tableTitle: u.table.title, figures, missing, ...(absent.length ? { absent } : {}), citations }
}

/** one split entry the unit's name fits, never a choice among several */
const onlySplit = (rows: ProseUnitRow[]) => (rows.length === 1 ? rows[0] : undefined)

const KIND_WORD: Partial<Record<string, RegExp>> = { spending: /支出/, income: /收入/ }

/** No per-unit table prints the unit: its entry in a small table inside a prose section, when the column is the one asked. */
function proseUnitFigure(doc: BudgetDocument, input: GetUnitFigureInput): ToolResult<GetUnitFigureOutput> | undefined {
  if (input.subject || !input.tableKind || !KIND_WORD[input.tableKind]) return undefined
  const want = compactText(input.unit)
  const rows = proseUnitRows(doc).filter((r) => KIND_WORD[input.tableKind!]!.test(r.header) && !input.columns?.some((c) => c !== '合计' && !r.header.includes(c)))
  // (a split by unit names the unit short: 执法大队 of 某县城市管理综合执法大队, the unit's place cut off)
  const r = rows.find((x) => compactText(x.name) === want) ?? rows.find((x) => compactText(x.name).endsWith(want)) ?? onlySplit(rows.filter((x) => x.split && splitNameOf(x.name, want)))
  if (!r) return undefined
  // one Figure read from the entry's paragraph: the unit's amount, and the total a split by unit states (its share is of that)
  const read = (label: string, column: string, amount: Amount, excerpt: string): Figure => ({
    docId: doc.id, org: doc.org, year: doc.year, label, column, amount, text: printed(amount), ...moneyFields(amount),
    citation: paragraphCitation(doc, r.paragraph, excerpt, amount.text, amount.unit),
  })
  const figure = read(r.name, r.header.replace(/[（(](?:万元|元)[)）]$/, '').replace(/^\d{4}年度?/, ''), r.amount, r.excerpt)
  const total = r.total ? read(r.header, r.header, r.total.amount, r.total.excerpt) : undefined
  return { ok: true, unit: r.name, tableTitle: r.header, figures: [{ figure, ...(total ? { total } : {}) }], missing: [], citations: [figure.citation, ...(total ? [total.citation] : [])] }
}

export const getUnitFigureTool: QueryTool<typeof GetUnitFigureInput, GetUnitFigureOutput> = {
  name: 'get-unit-figure',
  description:
    "Get a member unit's figure from a department budget's per-unit table (收入总表/支出总表/三公 by 单位名称): the unit's row × the columns asked, with the 合计 row of the same columns.",
  inputSchema: GetUnitFigureInput,
  run: (ctx, input) => getUnitFigure(ctx.corpus, input),
}
