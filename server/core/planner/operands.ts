import type { Figure } from '../tools/lib/figure.js'
import type { ToolRunner } from './tool-runner.js'

/** A figure as a compute operand: its row × column, or the number printed in its paragraph. */
export function operandOf(f: Figure) {
  if (f.rowId) return { rowId: f.rowId, columnLabel: f.column, year: f.year }
  return { paragraphId: f.citation.paragraphId!, value: f.amount.text, unit: f.amount.unit }
}

/** A change's amount as the prose prints it ("4.65万元", with its sign when `signed`), as an operand read in its paragraph. */
const PRINTED_MONEY = /^(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)$/u
export function printedAmountOperand(paragraphId: string | undefined, printed: string, signed = true): { paragraphId: string; value: string; unit: string } | undefined {
  const m = PRINTED_MONEY.exec(printed)
  return m && paragraphId && (signed || !m[1].startsWith('-')) ? { paragraphId, value: m[1], unit: m[2] } : undefined
}

/** The totals row of the table a figure came from, in the same column (denominator of an unqualified 占比). */
export function totalOfTable(run: ToolRunner, f: Figure): { rowId: string; columnLabel?: string; year: number } | undefined {
  if (!f.rowId || !f.citation.tableId) return undefined
  const r = run.run('find-rows', { docId: f.docId, tableId: f.citation.tableId, totalOnly: true, limit: 5 })
  if (!r.ok) return undefined
  const row = r.rows.find((x) => x.rowId !== f.rowId && x.cells.some((c) => c.column === f.column))
  if (row) return { rowId: row.rowId, columnLabel: f.column, year: f.year }
  // a column of the totals row itself (基本支出 of 合计): its share of that row's total
  if (f.columnRole === 'total' || !r.rows.some((x) => x.rowId === f.rowId)) return undefined
  const whole = run.run('get-figure', { rowId: f.rowId, column: 'total' })
  return whole.ok && whole.figures[0].column !== f.column ? { rowId: f.rowId, columnLabel: whole.figures[0].column, year: f.year } : undefined
}
