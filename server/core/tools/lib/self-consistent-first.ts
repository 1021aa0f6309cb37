import type { BudgetDocument, Citation, Row, Table } from '../../schema.js'
import type { Figure } from './figure.js'
import { fenOf } from './money.js'

/** A subject's figure set aside: its own table's parts add up to another amount, which another table prints. */
export interface SetAside { citation: Citation; partsFen: number }

const cellFen = (row: Row, index: number): number | undefined => fenOf(row.cells.find((c) => c.column === index)?.amount)

/**
 * What a row's own table says it should hold: the sum of the code rows one level under it (207 → 20701, 20702…) in
 * the same column, and, for a 合计 column, its 基本支出 plus 项目支出. Only sums that differ from the printed figure.
 */
function partSums(table: Table, row: Row, column: number, printed: number): number[] {
  const out: number[] = []
  if (row.code) {
    const kids = table.rows.filter((r) => r.code && r.code.length === row.code!.length + 2 && r.code.startsWith(row.code!))
    const fens = kids.map((r) => cellFen(r, column))
    if (kids.length && fens.every((f) => f !== undefined)) out.push(fens.reduce((s, f) => s! + f!, 0)!)
  }
  const col = table.columns.find((c) => c.index === column)
  const basic = table.columns.find((c) => c.role === 'basic')
  const project = table.columns.find((c) => c.role === 'project')
  if (col?.role === 'total' && basic && project && basic.year === col.year && project.year === col.year) {
    const b = cellFen(row, basic.index) ?? 0
    const p = cellFen(row, project.index) ?? 0
    if (row.cells.some((c) => c.column === basic.index && c.amount) || row.cells.some((c) => c.column === project.index && c.amount)) out.push(b + p)
  }
  return out.filter((s) => s !== printed)
}

/**
 * Rule `self-consistent-first`: a subject printed in several tables whose first reading disagrees with its own table
 * (a 类 row whose 合计 is not the sum of its 款 rows, nor its 基本支出 plus 项目支出), while another table prints exactly
 * what those parts add up to: that other reading answers, and the first is set aside (never offered beside it as
 * "another table's figure"). Nothing changes when the first reading agrees with its parts or no other table agrees.
 */
export function selfConsistentFirst(doc: BudgetDocument, figures: Figure[], alike: () => Figure[] = () => []): { figures: Figure[]; setAside?: SetAside } {
  const [first] = figures
  if (!first?.rowId || first.fen === undefined) return { figures }
  const table = doc.tables.find((t) => t.id === first.citation.tableId)
  const row = table?.rows.find((r) => r.id === first.rowId)
  const column = table?.columns.find((c) => c.label === first.column)
  if (!table || !row || !column) return { figures }
  const sums = partSums(table, row, column.index, first.fen)
  if (!sums.length) return { figures }
  const agrees = (f: Figure) => f.citation.tableId !== table.id && f.fen !== undefined && sums.includes(f.fen)
  const agreeing = figures.find((f) => f !== first && agrees(f)) ?? alike().find(agrees)
  if (!agreeing) return { figures }
  return { figures: [agreeing, ...figures.filter((f) => f !== agreeing && f.fen !== first.fen)], setAside: { citation: first.citation, partsFen: agreeing.fen! } }
}
