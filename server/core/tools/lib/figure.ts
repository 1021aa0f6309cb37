import { z } from 'zod'
import { Amount, Citation, ColumnRole, isMoneyUnit } from '../../schema.js'
import type { BudgetDocument, Column, Paragraph, Row, Side, Table } from '../../schema.js'
import { paragraphCitation, rowCitation } from './citation.js'
import { accountColumns } from './account-columns.js'
import type { PlaceAccount } from './prose-account.js'
import { fenOf, printed, wanText } from './money.js'
import { accountsColumn, accountsFirst, closedYearTable, stageColumn } from './stage-column.js'
import { yearStageColumns } from './year-stage-column.js'
import { flowBeforeBalance } from './flow-columns.js'
import { isColumnNumbering } from '../../parse/column-numbers.js'
import { rowYear } from '../../parse/row-year.js'
import { parseAmount } from '../../parse/amount.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { compactText } from '../../search/normalize-text.js'
import { sentencesOf } from './prose.js'

/** One figure as a tool returns it: as printed with its unit, plus exact fen / yuan and the 万元 form for money. */
export const Figure = z.object({
  docId: z.string(),
  org: z.string(),
  year: z.number().int().describe('the budget year this figure is for (a prior-year column gives the prior year)'),
  label: z.string().describe('row name, or the concept for prose figures'),
  asPrinted: z.boolean().optional().describe('a prose figure read by the words the prose prints (收入总计): the label says them'),
  account: z.string().optional().describe('of a place\'s report, the account the prose states the figure for, as printed: 全区, 区本级'),
  fund: z.string().optional().describe('read from one fund\'s table where another fund\'s table prints the same subject: the fund it counts (一般公共预算)'),
  column: z.string().optional().describe('column label'),
  columnRole: ColumnRole.optional(),
  rowId: z.string().optional(),
  code: z.string().optional(),
  tableKind: z.string().optional(),
  amount: Amount,
  text: z.string().describe('value with its unit as printed, e.g. "1,073.24万元"'),
  fen: z.number().int().optional().describe('exact money in fen (0.01 元)'),
  yuan: z.number().optional(),
  wan: z.string().optional().describe('the same money in 万元, exact, e.g. "57.33432万元"'),
  citation: Citation,
  lead: Citation.optional().describe('an item of a list read with the lead that names what it lists (rule lead-item): that lead'),
})
export type Figure = z.infer<typeof Figure>

/** An amount as the prose prints it, in one sentence of a paragraph: the figure, its label as printed, its sentence cited. */
export function paragraphFigure(doc: BudgetDocument, p: Paragraph, sentence: string, amount: z.infer<typeof Amount>, label: string): Figure {
  return {
    docId: doc.id, org: doc.org, year: doc.year, label, asPrinted: true,
    amount, text: printed(amount), ...moneyFields(amount),
    citation: paragraphCitation(doc, p, sentence, amount.text, amount.unit),
  }
}

/**
 * The figure a paragraph states for `words` at the amount printed as `amountText` in `unit`: cited by the sentence that
 * holds both (read in the meaning view). Undefined when no sentence of the paragraph does.
 */
export function sentenceFigure(doc: BudgetDocument, p: Paragraph, words: string, amountText: string, unit: string, label = words): Figure | undefined {
  const sentence = sentencesOf(p.text).find((s) => compactText(foldMeaning(s.text)).includes(words) && s.text.includes(amountText))?.text.trim()
  const amount = parseAmount(amountText, unit)
  return sentence && amount ? paragraphFigure(doc, p, sentence, amount, label) : undefined
}

export function moneyFields(a: z.infer<typeof Amount>): Pick<Figure, 'fen' | 'yuan' | 'wan'> {
  const fen = fenOf(a)
  return fen === undefined ? {} : { fen, yuan: fen / 100, wan: wanText(fen) }
}

/** The figure in one cell, or undefined when the cell is empty (an empty cell is not 0). */
export function figureOfCell(doc: BudgetDocument, table: Table, row: Row, column: Column): Figure | undefined {
  const cell = row.cells.find((c) => c.column === column.index)
  if (!cell?.amount || isColumnNumbering(row)) return undefined
  const amount = cell.amount.unit ? cell.amount : { ...cell.amount, unit: table.unit ?? doc.unit ?? '' }
  return {
    // a table that lists years down its rows (2024年预算数 | 2025年预算数): the row's year is the figure's
    docId: doc.id, org: doc.org, year: rowYear(row) ?? column.year ?? table.year ?? doc.year,
    label: row.name, column: column.label, columnRole: column.role, rowId: row.id, code: row.code, tableKind: table.kind,
    amount, text: printed(amount), ...moneyFields(amount),
    citation: rowCitation(doc, table, row, column),
  }
}

/** The subject a money column stands for: its last header, or the group it subtotals ("公务用车购置及运行费 › 小计"). */
export function columnSubject(c: Column): string {
  const leaf = c.path[c.path.length - 1] ?? ''
  return /^(?:小计|合计)$/.test(leaf) && c.path.length > 1 ? c.path[c.path.length - 2] : leaf
}

/** `side`: the flow asked of a table printing both (本年收入 | 本年支出), from the concept asked; else the row's own. */
export type ColumnWant = { role?: ColumnRole; label?: string; year?: number; side?: Side; account?: PlaceAccount }

const sideOk = (row: Row, c: Column) => !row.side || !c.side || c.side === row.side
const TOTALISH: ColumnRole[] = ['total', 'final', 'amount']
const STAGES: ColumnRole[] = ['initial', 'final']

/**
 * The column of `row` meant by a request: by label, by role, by year. "total" falls back to the
 * amount column, then to the first filled money column of the wanted year.
 */
export function pickColumn(doc: BudgetDocument, table: Table, row: Row, want: ColumnWant): Column | undefined {
  // a row labelled by its year: columns with no year of their own are of that year
  const docYear = rowYear(row) ?? table.year ?? doc.year
  const filled = new Set(row.cells.filter((c) => c.text !== '').map((c) => c.column))
  let cols = table.columns.filter((c) => sideOk(row, c) && !['code', 'name'].includes(c.role))
  if (want.year !== undefined) {
    cols = cols.filter((c) => (c.year ?? (c.role === 'prior' ? undefined : docYear)) === want.year)
  } else if (want.role === 'prior') {
    // last year's column asked by its role, no year named: a column of last year only, never this year's
    cols = cols.filter((c) => c.role === 'prior' || (c.year !== undefined && c.year < docYear))
  } else {
    // no year asked is the document's own: a table of another year ("2024年…收支平衡表" in a 2025 report) has none of it
    cols = cols.filter((c) => c.role !== 'prior' && (c.year ?? docYear) === (rowYear(row) ?? doc.year))
  }
  // (a place's two accounts side by side: the group of the account asked, rule account-columns)
  cols = accountColumns(doc, cols, table.columns, want.account)
  if (want.label) {
    const byLabel = cols.filter((c) => c.label.includes(want.label!) || c.path.some((p) => p.includes(want.label!)))
    if (byLabel.length) return byLabel.find((c) => filled.has(c.index)) ?? byLabel[0]
    return undefined
  }
  // a balance carried between years (年初结转和结余) is never the row's figure unless named: the year's flow first
  cols = flowBeforeBalance(cols, want.side ?? row.side ?? (/收入$/.test(row.name) ? 'income' : undefined))
  const role = want.role ?? 'total'
  // a place's report's table of the closed year before its own: what was executed, 执行数, never its 预算数
  const closed = role === 'total' && closedYearTable(doc, table) ? accountsColumn(doc, table, cols, filled) : undefined
  if (closed) return closed
  // an earlier year printed at two stages (2024年预算数 | 2024年决算数): the stage asked, else the budget's own
  const staged = want.year !== undefined ? yearStageColumns(doc, cols, role) : undefined
  if (staged) return staged.find((c) => filled.has(c.index)) ?? staged[0]
  if (role === 'total') {
    const accounts = accountsColumn(doc, table, cols, filled)
    if (accounts) return accounts
  }
  const roles: ColumnRole[] = role === 'total' ? TOTALISH : role === 'prior' ? ['prior', 'total', 'amount'] : [role]
  for (const r of roles) {
    const hits = cols.filter((c) => c.role === r)
    // (units side by side with their whole last, 局机关 | 某中心 | 部门合计: the whole, rule units-total-column)
    const ordered = r === 'final' ? accountsFirst(hits) : r === 'amount' ? totalColumnFirst(hits) : hits
    if (ordered.length) return ordered.find((c) => filled.has(c.index)) ?? ordered[0]
  }
  if (STAGES.includes(role)) return stageColumn(doc, table, cols, role, filled)
  if (role === 'total' || role === 'prior') {
    const money = cols.find((c) => filled.has(c.index) && isMoneyUnit(row.cells.find((x) => x.column === c.index)?.amount?.unit))
    // (an earlier year asked of a row of counts or rates, 门诊人次 · 上年度(2018年): that year's own column)
    return money ?? (want.year !== undefined ? cols.find((c) => c.role === 'prior' && filled.has(c.index)) : undefined)
  }
  return undefined
}

/** A column of a whole beside its parts' columns: 部门合计, 合计, 总计, 汇总. */
export const TOTAL_COLUMN = /^(?:部门|单位)?(?:合计|总计|汇总)$/u

/**
 * Rule `units-total-column`: a table printing each unit's figure in a column of its own and their whole in another
 * (部门及所属单位主要指标对照表: 局机关 | 质量安全服务中心 | … | 部门合计): a row asked with no unit named is the whole's.
 */
function totalColumnFirst(cols: Column[]): Column[] {
  const total = cols.find((c) => c.path.length === 1 && TOTAL_COLUMN.test(c.label.replace(/\s+/gu, '')))
  return total && cols.length >= 3 ? [total, ...cols.filter((c) => c !== total)] : cols
}
