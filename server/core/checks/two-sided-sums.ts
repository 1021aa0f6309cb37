import type { BudgetDocument, Column, Row, Side, Table } from '../schema.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { fenText } from './money.js'
import { holdsNested, isTwoSided } from './sum-children.js'
import { compareSum, type Term } from './sum-parts.js'
import { columnName, hasFigures, moneyAt, moneyColumns, tableName } from './table-cells.js'

const NUMBERED = /^[一二三四五六七八九十]+、/
const SIDE_NAME: Record<Side, string> = { income: '收入', spending: '支出' }

/**
 * What each total of one side of a 收支总表 adds up, read from the layout: a numbered head (一、本年收入合计)
 * adds the plain rows under it; a plain total (合计, 收入总计) adds the numbered heads, or else the rows
 * since the previous total plus that total (本年收入合计 + 上年结转 = 收入总计), or else the rows after it.
 */
export function sideSections(t: Table, side: Side): { whole: Row; parts: Row[] }[] {
  const top = t.rows.filter((r) => r.side === side && r.parent === undefined)
  const hasChildren = (r: Row) => t.rows.some((x) => x.parent === r.index)
  const heads = top.filter((r) => NUMBERED.test(r.name))
  const out: { whole: Row; parts: Row[] }[] = []
  top.forEach((r, i) => {
    if (NUMBERED.test(r.name)) {
      if (hasChildren(r)) return
      const end = top.findIndex((x, j) => j > i && (NUMBERED.test(x.name) || x.isTotal))
      out.push({ whole: r, parts: top.slice(i + 1, end < 0 ? undefined : end) })
    } else if (r.isTotal) {
      // 总计 after 本年收入合计 adds that total and the rows between (年初结转和结余), not the numbered heads again
      const prev = top.slice(0, i).map((x, j) => ({ x, j })).filter(({ x }) => x.isTotal).pop()
      const before = top.slice(prev ? prev.j + 1 : 0, i).filter((x) => !x.isTotal)
      if (prev && !heads.some((h) => top.indexOf(h) > prev.j)) { out.push({ whole: r, parts: [prev.x, ...before] }); return }
      if (heads.length) { out.push({ whole: r, parts: heads }); return }
      if (before.length) { out.push({ whole: r, parts: before }); return }
      const end = top.findIndex((x, j) => j > i && x.isTotal)
      out.push({ whole: r, parts: top.slice(i + 1, end < 0 ? undefined : end) })
    }
  })
  return out.filter((s) => s.parts.length > 0)
}

function term(doc: BudgetDocument, t: Table, r: Row, c: Column): Term | undefined {
  const money = moneyAt(r, c)
  return money && { label: `${tableName(t)} › ${r.name} › ${columnName(c)}`, money, citation: cellCitation(doc, t, r, c) }
}

/** Each total of a two-sided 收支总表 equals the rows it adds up, per column of its side. */
export function checkTwoSidedSums(doc: BudgetDocument): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const t of doc.tables.filter((t) => hasFigures(t) && isTwoSided(t))) {
    for (const side of ['income', 'spending'] as const) {
      for (const { whole, parts } of sideSections(t, side)) {
        for (const c of moneyColumns(t).filter((c) => c.side === side)) {
          const w = term(doc, t, whole, c)
          const ps = parts.map((r) => term(doc, t, r, c)).filter((x): x is Term => !!x)
          const bad = w && compareSum(w, ps)
          if (!w || !bad || (!bad.rounding && holdsNested(doc, t, w, parts, c))) continue
          out.push({
            kind: 'sum-children', severity: 'error', rounding: bad.rounding, figures: bad.figures, citations: bad.citations,
            message: `${tableName(t)}${SIDE_NAME[side]}方“${whole.name}”的${columnName(c)}为${w.money.amount.text}${bad.unit}，但所列${ps.length}项之和为${fenText(bad.sum, bad.unit)}${bad.unit}。`,
          })
        }
      }
    }
  }
  return out
}
