import type { Amount, BudgetDocument, Citation, Column, Row, Table } from '../../schema.js'
import { rowCitation } from './citation.js'
import { printed } from './money.js'

/**
 * County 三公 pages (and some 决算 tables) explain each row in a column of its own: "增减原因", "变动原因", "说明",
 * "备注". The text in that column's cell is the reason for that row's change, printed beside its figures.
 */
const REASON_COLUMN = /原因|理由|情况说明|^说明$|备注/

export interface RowReason {
  reason: string
  /** the row's signed change as printed, when the table has a change column */
  change?: { direction: 'up' | 'down' | 'flat'; amount: Amount; column: string }
  /** "表中“公务接待费”一行：增减-124.68万元，增减原因：…" — the row's own cells, each as printed */
  sentence: string
  citation: Citation
}

const lastHeader = (c: Column) => c.path[c.path.length - 1] ?? c.label

/** The reason a table prints in the row of a figure (by the figure's row id), or undefined when it prints none. */
export function rowReason(doc: BudgetDocument, rowId: string): RowReason | undefined {
  for (const table of doc.tables) {
    const row = table.rows.find((r) => r.id === rowId)
    if (row) return reasonOfRow(doc, table, row)
  }
  return undefined
}

function reasonOfRow(doc: BudgetDocument, table: Table, row: Row): RowReason | undefined {
  const column = table.columns.find((c) => c.role === 'text' && REASON_COLUMN.test(lastHeader(c)))
  const cell = column && row.cells.find((c) => c.column === column.index)
  const reason = cell?.text.trim()
  // a dash, a zero or a bare number is no reason
  if (!column || !reason || !/\p{Script=Han}{2}/u.test(reason)) return undefined
  const changeColumn = table.columns.find((c) => c.role === 'change')
  const changeCell = changeColumn && row.cells.find((c) => c.column === changeColumn.index)?.amount
  const amount = changeCell ? { ...changeCell, unit: changeCell.unit || table.unit || doc.unit || '' } : undefined
  const value = amount ? Number(amount.value) : NaN
  const change = amount && changeColumn && Number.isFinite(value)
    ? { direction: value > 0 ? 'up' as const : value < 0 ? 'down' as const : 'flat' as const, amount, column: lastHeader(changeColumn) }
    : undefined
  const moved = change ? `${change.column}${printed(change.amount)}，` : ''
  return {
    reason,
    ...(change ? { change } : {}),
    sentence: `表中“${row.name}”一行：${moved}${lastHeader(column)}：${reason}`,
    citation: rowCitation(doc, table, row, column),
  }
}
