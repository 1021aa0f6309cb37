import { figureOfCell, type Figure } from '../../tools/lib/figure.js'
import { figureText } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

const MAX_ITEMS = 8

/**
 * Rule `total-items`: "政府采购预算多少？买什么？" — when the prose does not say what a total is for, the table that
 * prints it may: a detail table (政府采购预算表, 项目支出表) whose rows carry words beside the amount (采购类别, 采购品目,
 * 项目内容). The total's own rows, each with its words and amount, cited row by row. Nothing when the total is not a
 * 合计 row or the table has no words to read.
 */
export function itemsOfTotal(run: ToolRunner, t: Target, f: Figure): string | undefined {
  const table = t.doc.tables.find((x) => x.id === f.citation.tableId)
  const row = table?.rows.find((r) => r.id === f.citation.rowId)
  const words = table?.columns.filter((c) => c.role === 'text') ?? []
  const column = table?.columns.find((c) => c.label === f.citation.column)
  if (!table || !row?.isTotal || !words.length || !column) return undefined
  const items = table.rows.filter((r) => !r.isTotal && r.cells.some((c) => words.some((w) => w.index === c.column && c.text.trim())))
  if (!items.length || items.length > MAX_ITEMS) return undefined
  const parts = items.map((r) => {
    const said = words.map((w) => r.cells.find((c) => c.column === w.index)?.text.trim()).filter(Boolean).join('，')
    const fig = figureOfCell(t.doc, table, r, column)
    if (fig) run.cite(fig.citation)
    return `${r.name}（${said}）${fig ? figureText(fig) : ''}`
  })
  return `${table.number ?? ''}《${table.title}》列明：${parts.join('；')}`
}
