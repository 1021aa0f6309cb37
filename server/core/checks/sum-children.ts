import type { BudgetDocument, Column, Row, Table } from '../schema.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { fenText } from './money.js'
import { compareSum, type Term } from './sum-parts.js'
import { columnName, hasFigures, moneyAt, moneyColumns, rowName, tableName } from './table-cells.js'

export const isTwoSided = (t: Table) => t.columns.some((c) => c.side)

/** Each parent row with its children (subject-code hierarchy), and each total row with the top-level rows. */
function childGroups(t: Table): { parent: Row; children: Row[] }[] {
  const groups = t.rows
    .filter((p) => !p.isTotal)
    .map((parent) => ({ parent, children: t.rows.filter((r) => r.parent === parent.index && r.side === parent.side) }))
  if (!isTwoSided(t)) {
    const top = t.rows.filter((r) => !r.isTotal && r.parent === undefined)
    for (const total of t.rows.filter((r) => r.isTotal)) groups.push({ parent: total, children: top })
  }
  return groups.filter((g) => g.children.length > 0)
}

function term(doc: BudgetDocument, t: Table, r: Row, c: Column): Term | undefined {
  const money = moneyAt(r, c)
  return money && { label: `${tableName(t)} › ${rowName(r)} › ${columnName(c)}`, money, citation: cellCitation(doc, t, r, c) }
}

/** A parent row equals the sum of its children, column by column; a 合计 row equals the sum of the 类 rows. */
export function checkSumChildren(doc: BudgetDocument): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const t of doc.tables.filter(hasFigures)) {
    for (const { parent, children } of childGroups(t)) {
      for (const c of moneyColumns(t).filter((c) => !c.side || c.side === parent.side)) {
        const whole = term(doc, t, parent, c)
        const parts = children.map((r) => term(doc, t, r, c)).filter((x): x is Term => !!x)
        if (!whole || !parts.length) continue
        const bad = compareSum(whole, parts, parent.isTotal ? '各项之和' : '下级科目之和')
        if (!bad) continue
        const who = parent.isTotal ? `${parent.name}行` : `“${rowName(parent)}”`
        out.push({
          signature: `${rowName(parent)}|${whole.money.amount.fen}|${parts.map((p) => p.money.amount.fen).join(',')}`,
          kind: 'sum-children', severity: 'error', rounding: bad.rounding, figures: bad.figures, citations: bad.citations,
          message: `${tableName(t)}中${who}的${columnName(c)}为${whole.money.amount.text}${bad.unit}，但其下${parts.length}项之和为${fenText(bad.sum, bad.unit)}${bad.unit}。`,
        })
      }
    }
  }
  return out
}
