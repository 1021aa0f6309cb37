import type { Amount, BudgetDocument, Cell, Column, ColumnRole, Row, Table } from '../schema.js'
import { isColumnNumbering } from '../parse/column-numbers.js'
import { stageOfHead } from '../lexicon/stage-words.js'
import { compactText } from '../search/normalize-text.js'

/** Roles whose cells are money that adds up. */
const MONEY_ROLES: ColumnRole[] = ['total', 'basic', 'project', 'personnel', 'public', 'amount', 'prior', 'initial', 'adjusted', 'final', 'change']

/** Kinds whose rows are budget figures (not indicators, not a table of contents). */
const FIGURE_KINDS = new Set<Table['kind']>([
  'summary', 'fiscal-summary', 'income', 'spending', 'general-spending', 'basic-spending', 'project-spending',
  'three-public', 'gov-fund', 'state-capital', 'procurement',
])
export const hasFigures = (t: Table) => FIGURE_KINDS.has(t.kind) && !t.noData

export const moneyColumns = (t: Table) => t.columns.filter((c) => MONEY_ROLES.includes(c.role))

export const cellAt = (row: Row, column: Column): Cell | undefined => row.cells.find((c) => c.column === column.index)

/** A cell's money, when it prints a number with a unit we can count in fen. */
export interface Money { amount: Amount & { fen: number }; inferred: boolean }

export function moneyAt(row: Row, column: Column): Money | undefined {
  const cell = cellAt(row, column)
  const amount = cell?.amount
  // a 栏次 line (1, 2, 3 … under the header) numbers the columns: no amounts to check
  if (!amount || amount.fen === undefined || amount.unit === '%' || isColumnNumbering(row)) return undefined
  return { amount: amount as Money['amount'], inferred: !!cell.inferred }
}

/** Any cell of the row was placed by guess: its empty cells may be misplaced too. */
export const rowInferred = (row: Row) => row.cells.some((c) => c.inferred)

/** The year a column belongs to: its own, else the table's. Prior-year columns carry their year. */
export const columnYear = (t: Table, c: Column, doc: BudgetDocument) => c.year ?? t.year ?? doc.year

/** Current-year columns of a table (prior-year columns and growth rates left out). */
export const currentColumns = (t: Table, doc: BudgetDocument) => {
  const cols = moneyColumns(t).filter((c) => c.role !== 'prior' && columnYear(t, c, doc) === (t.year ?? doc.year))
  // (a 决算 table printing the year's budgets beside its accounts, 年初预算数 › 小计 | 全年预算数 › 小计 | 决算数 › 小计: the
  // accounts' group is the year's figures; a budget group's 小计 is no total of the table)
  const groupStage = (c: Column) => c.path.slice(0, -1).map((p) => stageOfHead(compactText(p))).find(Boolean)
  return cols.some((c) => groupStage(c) === 'final') ? cols.filter((c) => { const g = groupStage(c); return g !== 'initial' && g !== 'adjusted' }) : cols
}

/** How a message names a table: 表四《一般公共预算“三公”经费支出表》, or just the title when unnumbered. */
export const tableName = (t: Table) => `${t.number ?? ''}《${t.title}》`

/** How a message names a row: 卫生健康支出（210）. */
export const rowName = (r: Row) => (r.code ? `${r.name}（${r.code}）` : r.name)

/** The column name without the year heading: "2026年预算数 › 基本支出" → "基本支出". */
export const columnName = (c: Column) => c.path[c.path.length - 1] ?? c.label
