import { compactText } from '../../search/normalize-text.js'
import { figureOfCell, type Figure } from '../../tools/lib/figure.js'
import type { Target } from '../resolve-scope.js'

/**
 * Rule `alias-column`: a source of income the vocabulary reads as a whole (财政拨款收入) that the document prints
 * neither as a row nor as the total, but as a column of its 收入表 (收入决算表: 本年收入合计 | 财政拨款收入 | 上级补助收入 |
 * 事业收入 …), is that column's figure on the table's total row.
 */
export function printedColumnFigure(t: Target, printedName: string): Figure | undefined {
  if (t.year !== t.doc.year) return undefined
  const name = compactText(printedName)
  for (const table of t.doc.tables.filter((x) => x.kind === 'income' && !x.columns.some((c) => c.side))) {
    const columns = table.columns.filter((c) => c.role !== 'name' && c.role !== 'text' && c.role !== 'code' && compactText(c.path[c.path.length - 1] ?? c.label) === name)
    const totals = table.rows.filter((r) => r.isTotal && r.level === 0)
    if (columns.length !== 1 || totals.length !== 1) continue
    const f = figureOfCell(t.doc, table, totals[0], columns[0])
    if (f) return { ...f, label: printedName }
  }
  return undefined
}
