import type { BudgetDocument, Column, Table } from '../schema.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { fenText } from './money.js'
import { arithmeticTops } from './arithmetic-tops.js'
import { stepFen } from './money.js'
import { compareSum, type Term } from './sum-parts.js'
import { columnName, currentColumns, hasFigures, moneyAt, rowName, tableName } from './table-cells.js'

const PART_ROLES = new Set<Column['role']>(['basic', 'project', 'personnel', 'public', 'amount'])
/** A total of the year's own flow (本年收入合计, 本年支出合计): never the carry-over beside it. */
const THIS_YEAR_TOTAL = /本年(?:度)?(?:收入|支出)?(?:合计|小计)/u
const CARRY_COLUMN = /(?:年初|上年|以前年度|年末)[^合计]{0,6}结转|结余/u

/** Current-year column groups (one per side) with one total column and at least two part columns. */
function columnGroups(t: Table, doc: BudgetDocument): { total: Column; parts: Column[] }[] {
  const cols = currentColumns(t, doc)
  const sides = [...new Set(cols.map((c) => c.side))]
  return sides.flatMap((side) => {
    const group = cols.filter((c) => c.side === side)
    const totals = group.filter((c) => c.role === 'total')
    // a total under a group head (本年支出 › 小计) adds the columns of that group only: 年初结转和结余, 本年收入 and
    // 年末结转和结余 beside it are other stages of the year's flow, not its parts
    const head = (c?: Column) => (c && c.path.length > 1 ? c.path[0] : undefined)
    // (and a total of this year's money, 本年收入合计, adds this year's columns only: the carry-over printed beside it,
    // 年初结转和结余 or 上年结转, is the flow's other stage; a plain 合计 or 总计 adds it in)
    const thisYear = totals.length === 1 && THIS_YEAR_TOTAL.test(totals[0].label)
    const all = group.filter((c) => PART_ROLES.has(c.role) && (!head(totals[0]) || head(c) === head(totals[0])) && !(thisYear && CARRY_COLUMN.test(c.label)))
    // a column printed as "其中：财政拨款" is a part of the whole by another breakdown (its source), never added to
    // the 基本支出 and 项目支出 beside it
    // (and the columns after it of the same breakdown: "基本支出 | 其中：人员经费 | 公用经费 | 项目支出" — 公用经费 is a
    // part of 基本支出 as 人员经费 is, up to the next column of the top breakdown)
    let under = false
    const parts = all.filter((c) => {
      if (/^其中/u.test(c.path[c.path.length - 1] ?? '')) return !(under = true)
      if (c.role === 'basic' || c.role === 'project') under = false
      return !under
    })
    return totals.length === 1 && parts.length >= 2 ? [{ total: totals[0], parts }] : []
  })
}

/** Per row: 总计 = 基本支出 + 项目支出, 合计 = 人员经费 + 公用经费, 合计 = the funding-source columns. */
export function checkTotalParts(doc: BudgetDocument): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const t of doc.tables.filter((t) => hasFigures(t) && t.kind !== 'three-public')) {
    for (const { total, parts } of columnGroups(t, doc)) {
      // a 小计 column before the columns it adds up (单位资金: 小计, 事业收入, 其他收入) is their whole
      const slack = (c: Column) => Math.max(0, ...t.rows.map((r) => moneyAt(r, c)).map((m) => (m ? stepFen(m.amount) / 2 : 0)))
      const tops = arithmeticTops(parts, (c) => t.rows.map((r) => moneyAt(r, c)?.amount.fen), slack)
      for (const r of t.rows) {
        const m = moneyAt(r, total)
        const termsOf = (cols: Column[]) => cols.flatMap((c): Term[] => {
          const money = moneyAt(r, c)
          return money ? [{ label: `${tableName(t)} › ${rowName(r)} › ${columnName(c)}`, money, citation: cellCitation(doc, t, r, c) }] : []
        })
        const terms = termsOf(parts)
        if (!m || !terms.length) continue
        const whole: Term = { label: `${tableName(t)} › ${rowName(r)} › ${columnName(total)}`, money: m, citation: cellCitation(doc, t, r, total) }
        const bad = compareSum(whole, terms)
        if (!bad) continue
        const nested = tops.length < parts.length && compareSum(whole, termsOf(tops))
        if (!bad.rounding && tops.length < parts.length && (!nested || nested.rounding)) continue
        const named = terms.map((p) => `${columnName(parts.find((c) => c.label === p.citation.column)!)}${p.money.amount.text}${p.money.amount.unit}`)
        out.push({
          signature: `${rowName(r)}|${bad.figures.map((f) => f.fen).join(',')}`,
          kind: 'total-parts', severity: 'error', rounding: bad.rounding, figures: bad.figures, citations: bad.citations,
          message: `${tableName(t)}中“${rowName(r)}”一行的${columnName(total)}为${m.amount.text}${m.amount.unit}，但${named.join('与')}之和为${fenText(bad.sum, bad.unit)}${bad.unit}。`,
        })
      }
    }
  }
  return out
}
