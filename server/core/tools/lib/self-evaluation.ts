import { isFormPrompt, moneyRoleOf } from '../../parse/self-evaluation.js'
import type { Amount, BudgetDocument, Citation, ColumnRole, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { fieldCitation, rowCitation } from './citation.js'

/** One figure of a project's money block: which 资金来源 row, which column (by role), as printed. */
export interface ExecutionCell {
  tableId: string
  /** the 资金来源 row as printed (总额, 其中:财政资金); a form that prints one set of figures has none */
  source?: string
  role: ColumnRole
  column: string
  value: string
  amount?: Amount
  rowId?: string
  line: number
}

const SCORE_KEY = /^(?:自评)?(?:总)?得分$|自评得分|总得分|自评总分|^总分$|评价得分|综合得分/
const REASON_KEY = /偏差原因|未完成原因/
const FUND_KEY = /财政拨款|财政资金|上年结转|单位资金|自有资金|其他资金|自筹|财政专户/
/** A blank or "/" cell: nothing was filled in. */
const unfilled = (v: string) => !v.trim() || /^[/／\-—–]+$/.test(v.trim()) || isFormPrompt(v)

/** The money block of a self-evaluation form (its 预算执行 grid), or the figures a form prints as key-value fields. */
export function executionCells(doc: BudgetDocument, tables: Table[], cites: Map<string, Citation>): ExecutionCell[] {
  const out: ExecutionCell[] = []
  for (const t of tables) {
    const grid = t.columns.some((c) => c.role === 'initial' || c.role === 'adjusted' || c.role === 'final')
    if (grid) {
      for (const row of t.rows) {
        for (const c of t.columns.filter((x) => x.role !== 'name')) {
          const cell = row.cells.find((x) => x.column === c.index)
          if (!cell) continue
          const e: ExecutionCell = { tableId: t.id, source: row.name, role: c.role, column: c.label, value: cell.text, rowId: row.id, line: row.lines[0], ...(cell.amount ? { amount: cell.amount } : {}) }
          out.push(e)
          cites.set(cellKey(e), rowCitation(doc, t, row, c))
        }
      }
      continue
    }
    for (const f of t.fields) {
      const k = compactText(f.key)
      const role: ColumnRole | undefined = SCORE_KEY.test(k) ? 'score' : REASON_KEY.test(k) ? 'reason' : moneyRoleOf(k) ?? (FUND_KEY.test(k) && f.amount ? 'amount' : undefined)
      if (!role || role === 'text') continue
      const e: ExecutionCell = { tableId: t.id, ...(role === 'amount' ? { source: f.key } : {}), role, column: f.key, value: f.value, line: f.line, ...(f.amount ? { amount: f.amount } : {}) }
      out.push(e)
      cites.set(cellKey(e), fieldCitation(doc, t, f))
    }
  }
  return out
}

export const cellKey = (e: { tableId: string; rowId?: string; line: number; column: string }) => `${e.tableId}|${e.rowId ?? e.line}|${e.column}`

/** The form's total score, when printed: a 自评得分 field, else the 得分 of its indicator grid's 合计 row. */
export function printedScore(cells: ExecutionCell[], tables: Table[], doc: BudgetDocument, cites: Map<string, Citation>): ExecutionCell | undefined {
  const field = cells.find((c) => c.role === 'score' && !c.source && !c.rowId && !unfilled(c.value))
  if (field) return field
  for (const t of tables) {
    const col = t.columns.find((c) => c.role === 'score')
    const total = t.rows.find((r) => r.isTotal && !r.indicator)
    if (!col || !total || t.columns.some((c) => c.role === 'initial')) continue
    const cell = total.cells.find((c) => c.column === col.index)
    if (!cell || unfilled(cell.text)) continue
    const e: ExecutionCell = { tableId: t.id, source: total.name, role: 'score', column: col.label, value: cell.text, rowId: total.id, line: total.lines[0], ...(cell.amount ? { amount: cell.amount } : {}) }
    cites.set(cellKey(e), rowCitation(doc, t, total, col))
    return e
  }
  return undefined
}

const GRADE = /^(?:自评|评价|绩效)?(?:等级|评价等级|评定等级)$/
const GRADE_CELL = /^(?:自评|评价|绩效)?(?:等级|评价等级|评定等级)\s*[:：]\s*(\S.{0,9})$/

/** The grade the form prints (自评等级：优), as a field or in a cell of its total row; undefined when it prints none. */
export function printedGrade(tables: Table[], doc: BudgetDocument, cites: Map<string, Citation>): ExecutionCell | undefined {
  for (const t of tables) {
    const f = t.fields.find((x) => GRADE.test(compactText(x.key)) && !unfilled(x.value))
    if (f) {
      const e: ExecutionCell = { tableId: t.id, role: 'text', column: f.key, value: f.value.trim(), line: f.line }
      cites.set(cellKey(e), fieldCitation(doc, t, f))
      return e
    }
    for (const row of t.rows.filter((r) => r.isTotal)) {
      for (const cell of row.cells) {
        const m = GRADE_CELL.exec(cell.text.trim())
        const col = t.columns.find((c) => c.index === cell.column)
        if (!m || !col) continue
        const e: ExecutionCell = { tableId: t.id, source: row.name, role: 'text', column: col.label, value: m[1], rowId: row.id, line: row.lines[0] }
        cites.set(cellKey(e), rowCitation(doc, t, row, col))
        return e
      }
    }
  }
  return undefined
}

/** Whether the form has a place for a score at all (a 得分 column or field), so a blank one can be said to be blank. */
export const hasScoreSlot = (tables: Table[]) =>
  tables.some((t) => t.columns.some((c) => c.role === 'score') || t.fields.some((f) => SCORE_KEY.test(compactText(f.key))))

export { unfilled as isUnfilled }
