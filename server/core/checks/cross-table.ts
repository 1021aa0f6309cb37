import type { BudgetDocument } from '../schema.js'
import { carryOverExplains } from './carry-over-scope.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { fenText, printedFigure, sameFigure } from './money.js'
import { onlyGeneralIncome, subjectFigures, type SubjectFigure } from './subject-figures.js'
import { columnName, moneyAt, rowName, tableName } from './table-cells.js'

const agree = (a: SubjectFigure, b: SubjectFigure) => sameFigure(a.money.amount, b.money.amount)

/** What a message calls the figure: 卫生健康支出（210）, or 合计 › 基本支出 for a column other than the total. */
function subjectOf(f: SubjectFigure): string {
  const col = f.column.role === 'total' || f.column.role === 'amount' && f.key === 'income:general' ? '' : `的${columnName(f.column)}`
  return `“${rowName(f.row)}”${col}`
}

/** When the gap is exactly the 上年结转 the reference table prints, say so: it explains the mix-up. */
export function carryOverNote(ref: SubjectFigure, gap: number): string {
  const carry = ref.table.rows.find((r) => r.side === 'income' && /上年结转/.test(r.name) && r.parent === undefined)
  const col = ref.table.columns.find((c) => c.side === 'income' && c.role === 'total')
  const m = carry && col && moneyAt(carry, col)
  return m && m.amount.fen === Math.abs(gap) ? `，相差的${m.amount.text}${m.amount.unit}正是${tableName(ref.table)}所列上年结转` : ''
}

/**
 * The same subject (code, 类 name, table total, general-budget income) has the same amount in every table of a
 * document that prints it. Tables of different scope (general budget vs all sources) are compared only when the
 * document has no other income. The majority value is the reference; each table that departs from it is a finding.
 */
export function checkCrossTable(doc: BudgetDocument): FindingDraft[] {
  const collapse = onlyGeneralIncome(doc)
  const groups = new Map<string, SubjectFigure[]>()
  for (const f of subjectFigures(doc)) {
    const key = collapse ? f.key : `${f.key}@${f.scope}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const out: FindingDraft[] = []
  for (const figs of groups.values()) {
    const perTable = figs.filter((f, i) => figs.findIndex((g) => g.table === f.table) === i)
    if (perTable.length < 2) continue
    const ref = [...perTable].sort((a, b) => perTable.filter((x) => agree(x, b)).length - perTable.filter((x) => agree(x, a)).length)[0]
    for (const odd of perTable.filter((f) => !agree(f, ref) && !carryOverExplains(doc, f, ref))) {
      const gap = odd.money.amount.fen - ref.money.amount.fen
      const unit = odd.money.amount.unit
      out.push({
        kind: 'cross-table', severity: 'error',
        figures: [
          printedFigure(`${tableName(odd.table)} › ${rowName(odd.row)} › ${columnName(odd.column)}`, odd.money.amount, odd.money.inferred),
          printedFigure(`${tableName(ref.table)} › ${rowName(ref.row)} › ${columnName(ref.column)}`, ref.money.amount, ref.money.inferred),
        ],
        citations: [cellCitation(doc, odd.table, odd.row, odd.column), cellCitation(doc, ref.table, ref.row, ref.column)],
        message: `${tableName(odd.table)}中${subjectOf(odd)}为${odd.money.amount.text}${unit}，但${tableName(ref.table)}中${subjectOf(ref)}为${ref.money.amount.text}${ref.money.amount.unit}${odd.key === 'income:general' ? carryOverNote(ref, gap) : `，相差${fenText(Math.abs(gap), unit)}${unit}`}。`,
      })
    }
  }
  return out
}
