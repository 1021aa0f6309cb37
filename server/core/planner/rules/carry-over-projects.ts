import type { Column, Row, Table } from '../../schema.js'
import { rowCitation } from '../../tools/lib/citation.js'
import { figureOfCell } from '../../tools/lib/figure.js'
import { figureText, orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** The carry-over asked by its own name: 上年结转, 上年结转结余, 上年结转资金. */
const CARRY_ASKED = /^上年(?:度)?结转(?:结余)?(?:资金|收入|预算)?$/
const CARRY = /上年(?:度)?结转|结转/
const MAX_ROWS = 8

export const isCarryOver = (name: string) => CARRY_ASKED.test(name)

/** The money column of a detail table: its total, else its one amount column. */
function moneyColumn(table: Table) {
  const money = table.columns.filter((c) => !['code', 'name', 'text', 'growth', 'completion', 'prior'].includes(c.role))
  return money.find((c) => c.role === 'total') ?? (money.length === 1 ? money[0] : undefined)
}

/** Rows a carry-over funds: every row of a 上年结转(结余)支出表, or the rows whose 资金来源 cell says 上年结转. */
function fundedRows(table: Table): { rows: Row[]; byTitle: boolean } {
  const byTitle = CARRY.test(table.title)
  const texts = table.columns.filter((c) => c.role === 'text')
  const rows = table.rows.filter((r) => !r.isTotal && (byTitle || r.cells.some((c) => texts.some((t) => t.index === c.column) && CARRY.test(c.text))))
  return { rows, byTitle }
}

/** The project a row funds: a 项目名称 text column when the name column holds the unit or subject, else its name. */
function projectOf(table: Table, r: Row): { name: string; column?: Column } {
  const col = table.columns.find((c) => c.role === 'text' && /项目/.test(c.label))
  const named = col && r.cells.find((c) => c.column === col.index)?.text.trim()
  return named ? { name: named, column: col } : { name: r.name }
}

/**
 * Rule `carry-over-projects`: what the 上年结转(结余) is used for, when the prose does not say: the rows of the
 * document's own tables that it funds — a 上年结转结余预算支出表, or the rows of a 项目支出表 whose 资金来源 is 上年结转 —
 * each named with its amount and cited. Nothing when no table marks a row as funded by the carry-over.
 */
export function carryOverProjects(run: ToolRunner, t: Target): string | undefined {
  for (const table of t.doc.tables) {
    const col = moneyColumn(table)
    const { rows, byTitle } = fundedRows(table)
    if (!col || !rows.length || rows.length > MAX_ROWS) continue
    const parts = rows.flatMap((r) => {
      const f = figureOfCell(t.doc, table, r, col)
      if (!f) return []
      const project = projectOf(table, r)
      // the project's own cell is cited too when the row is named by its unit or subject
      run.cite(f.citation, ...(project.column ? [rowCitation(t.doc, table, r, project.column)] : []))
      return [`${project.name}${figureText(f)}`]
    })
    if (!parts.length) continue
    const how = byTitle ? '列出' : '中资金来源为上年结转的项目是'
    return `${orgYear(t)}《${table.title}》${how}：${parts.join('；')}`
  }
  return undefined
}
