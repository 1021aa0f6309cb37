import type { BudgetDocument, Column, Row, Table } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { arithmeticTops } from './arithmetic-tops.js'
import { isMoneyItem } from './money-items.js'
import { UNIT_NAME, unitBlockRows, unitGroups } from '../tools/lib/unit-groups.js'
import { fenText, stepFen } from './money.js'
import { compareSum, type Term } from './sum-parts.js'
import { columnName, hasFigures, moneyAt, moneyColumns, rowName, tableName } from './table-cells.js'

/** A total row of another period (上年预算数合计 under this year's rows) is not the sum of the rows above it. */
const OTHER_PERIOD = /上年|上一年|\d{4}年/

export const isTwoSided = (t: Table) => t.columns.some((c) => c.side)

/** A 基本支出表's total of one kind of cost: 人员经费合计, 公用经费小计. */
const HALF_TOTAL = /^(?:其中[:：]?)?(?:人员经费|公用经费)(?:合计|小计)$/u

/** Each parent row with its children (subject-code hierarchy), and each total row with the top-level rows. */
function childGroups(t: Table): { parent: Row; children: Row[] }[] {
  const groups = t.rows
    .filter((p) => !p.isTotal)
    .map((parent) => ({ parent, children: t.rows.filter((r) => r.parent === parent.index && r.side === parent.side && isMoneyItem(t, r)) }))
  if (!isTwoSided(t)) {
    // in a table grouped by unit, the 合计 adds the unit rows; the codes under each unit are that unit's parts
    const blocks = unitBlockRows(t)
    const top = t.rows.filter((r) => !r.isTotal && r.parent === undefined && isMoneyItem(t, r) && !blocks.has(r.id))
    // rule basic-halves-totals: 人员经费合计 and 公用经费合计 under a 基本支出表's rows split the whole by kind of cost
    // (each class row's items fall on both sides): together they add up to the whole's total, never each to the rows above
    // (never halves side by side, each closing its own list: no whole beside them)
    const all = t.rows.filter((r) => r.isTotal && !OTHER_PERIOD.test(r.name))
    const halves = all.filter((r) => HALF_TOTAL.test(compactText(r.name)))
    const wholes = all.filter((r) => !halves.includes(r))
    const split = halves.length === 2 && wholes.length === 1
    const totals = split ? wholes : all
    if (split) groups.push({ parent: wholes[0], children: halves })
    for (const [k, total] of totals.entries()) {
      // a total printed under its items, then split again (其中：人员经费, 公用经费): each split adds up to it on its own
      const above = top.filter((r) => r.index < total.index)
      const again = top.filter((r) => r.index > total.index)
      // (or printed over its items, the split closing the list: 合计, 301…303, 其中：人员经费, 公用经费)
      const split = totals.length === 1 && !above.length ? again.findIndex((r, i) => i > 0 && !r.code && /^其中/u.test(compactText(r.name))) : -1
      // (or printed over its items, split first: 合计, 其中：某局机关, 某中心, then 208, 210 … by subject)
      const opens = totals.length === 1 && !above.length && again.length > 1 && !again[0].code && /^其中/u.test(compactText(again[0].name)) ? again.findIndex((r) => !!r.code) : -1
      if (totals.length === 1 && above.length && again.length && /^其中/u.test(compactText(again[0].name))) groups.push({ parent: total, children: above }, { parent: total, children: again })
      else if (opens > 1) groups.push({ parent: total, children: again.slice(0, opens) }, { parent: total, children: again.slice(opens) })
      else if (split > 0) groups.push({ parent: total, children: again.slice(0, split) }, { parent: total, children: again.slice(split) })
      else groups.push({ parent: total, children: stackedParts(top, totals, k) })
    }
    // and each unit's row adds the top subject rows of its own block
    if (blocks.size) {
      for (const g of unitGroups(t, (n) => UNIT_NAME.test(n))) groups.push({ parent: g.unit, children: g.rows.filter((r) => r.parent === undefined) })
    }
  }
  return groups.filter((g) => g.children.length > 0)
}

/**
 * Rule `stacked-totals`: a table of one side printing several totals in turn (收入 rows, 收入总计, then 支出 rows,
 * 支出总计) adds, into each total, the rows since the total before it; a total printed first (合计 over its rows) the
 * rows up to the next. One total: every top row.
 */
function stackedParts(top: Row[], totals: Row[], k: number): Row[] {
  if (totals.length < 2) return top
  const after = totals[k - 1]?.index ?? -1
  const above = top.filter((r) => r.index > after && r.index < totals[k].index)
  // a 总计 right after its side's 合计 and the rows between (本年收入合计, 上年结转, 收入总计) adds the 合计 too
  const prev = totals[k - 1]
  if (above.length && prev && /合计$/u.test(compactText(prev.name)) && /总计$/u.test(compactText(totals[k].name))) return [prev, ...above]
  if (above.length) return above
  const next = totals[k + 1]?.index ?? Infinity
  return top.filter((r) => r.index > totals[k].index && r.index < next)
}

/**
 * Rows read by their arithmetic: of `rows`, those left at the top once each row that equals the sum of the rows right
 * after it (in every money column of its side) is read as their whole.
 */
export function arithmeticRows(t: Table, rows: Row[], side?: Row['side']): Row[] {
  const cols = moneyColumns(t).filter((c) => !c.side || c.side === side)
  const slack = (r: Row) => Math.max(0, ...cols.map((c) => moneyAt(r, c)).map((m) => (m ? stepFen(m.amount) / 2 : 0)))
  return arithmeticTops(rows, (r) => cols.map((c) => moneyAt(r, c)?.amount.fen), slack)
}

function term(doc: BudgetDocument, t: Table, r: Row, c: Column): Term | undefined {
  const money = moneyAt(r, c)
  return money && { label: `${tableName(t)} › ${rowName(r)} › ${columnName(c)}`, money, citation: cellCitation(doc, t, r, c) }
}

/** The sum holds once wholes listed among the parts are read as wholes (a nesting the layout did not show). */
export function holdsNested(doc: BudgetDocument, t: Table, whole: Term, rows: Row[], c: Column): boolean {
  const tops = arithmeticRows(t, rows, c.side)
  if (tops.length === rows.length) return false
  return holds(doc, t, whole, tops, c)
}

function holds(doc: BudgetDocument, t: Table, whole: Term, rows: Row[], c: Column): boolean {
  const parts = rows.map((r) => term(doc, t, r, c)).filter((x): x is Term => !!x)
  const bad = parts.length > 0 && compareSum(whole, parts)
  return parts.length > 0 && (!bad || bad.rounding)
}

/**
 * A parent whose marked children fall short (其中：（一） marked, （二）（三） not) holds when the rows right under it,
 * read by their arithmetic, add up to it: the layout hid the rest of its list.
 */
function holdsOnRowsBelow(doc: BudgetDocument, t: Table, parent: Row, children: Row[], whole: Term, c: Column): boolean {
  if (parent.isTotal) return false
  const below = t.rows.filter((r) => r.index > parent.index && r.side === parent.side && !r.isTotal).slice(0, 60)
  // the reading must take in rows beyond the marked children: a prefix of them is a wrong child, not a hidden one
  const marked = Math.max(...children.map((r) => below.indexOf(r))) + 1
  for (let j = marked + 1; j <= below.length; j++) {
    if (holds(doc, t, whole, arithmeticRows(t, below.slice(0, j), c.side), c)) return true
  }
  return false
}

/**
 * Rule `stacked-totals`, its rows: the run of rows right next to a total among several (支出合计 over 基本支出, 项目支出,
 * with 年初结转和结余 printed above them) adds up to it: the rows before the run are another total's.
 */
function holdsNextTo(doc: BudgetDocument, t: Table, parent: Row, children: Row[], whole: Term, c: Column): boolean {
  if (!parent.isTotal || t.rows.filter((r) => r.isTotal && !OTHER_PERIOD.test(r.name)).length < 2) return false
  const before = children.every((r) => r.index < parent.index)
  for (let n = children.length - 1; n >= 2; n--) {
    if (holds(doc, t, whole, before ? children.slice(-n) : children.slice(0, n), c)) return true
  }
  return false
}

const OF_WHICH = /^\s*其中/u

/** The children split into uncoded rows (units) and coded rows (subjects), each block adding up to the total. */
function twoBreakdowns(doc: BudgetDocument, t: Table, children: Row[], c: Column, total: number): boolean {
  const sum = (rows: Row[]) => rows.reduce((k, r) => k + (term(doc, t, r, c)?.money.amount.fen ?? 0), 0)
  const units = children.filter((r) => !r.code)
  const coded = children.filter((r) => r.code)
  return units.length >= 2 && coded.length >= 1 && sum(units) === total && sum(coded) === total
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
        // a total is read over every row, so a part the layout half-attached (其中 under its whole) counts once
        const listed = parent.isTotal ? t.rows.filter((r) => !r.isTotal && r.side === parent.side && isMoneyItem(t, r)) : children
        // (the parts as grouped, read by their arithmetic: 收入总计 over 本年收入合计, 年初结转和结余 and the two funds
        // listed under the carry-over, which add up to it)
        if (!bad || (!bad.rounding && (holdsNested(doc, t, whole, listed, c) || holdsNested(doc, t, whole, children, c) || holdsOnRowsBelow(doc, t, parent, children, whole, c) || holdsNextTo(doc, t, parent, children, whole, c)))) continue
        // rule of-which-partial: children that are all 其中 rows ("其中:外事接待费") name part of the whole, not all of
        // it; they disagree with it only when they add up to more
        if (!parent.isTotal && children.every((r) => OF_WHICH.test(r.name)) && bad.sum <= whole.money.amount.fen) continue
        // rule two-breakdowns: a total over its units (局机关, each unit, no code) and then over its subjects (coded): each
        // block adds up to the total on its own
        if (parent.isTotal && twoBreakdowns(doc, t, children, c, whole.money.amount.fen)) continue
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
