import { stageOf, type BudgetDocument, type Column, type Row, type Table } from '../schema.js'
import { isTwoSided } from './sum-children.js'
import { currentColumns, hasFigures, moneyAt, type Money } from './table-cells.js'
import { unitBlockRows } from '../tools/lib/unit-groups.js'
import { scopeOfTitle, twoSidedScope } from './fund-scope.js'
import { isFiscalScope } from '../tools/lib/fiscal-own-line.js'
import { closedYearTable } from '../tools/lib/stage-column.js'

/**
 * The prefix a table's subjects carry when the table is of another year than its document's (a report's 2024 execution
 * table beside its 2025 budget tables): tables of different years never print the same figure, so the year is part of
 * the subject ('' for the document's own year).
 */
export const yearKeyOf = (doc: BudgetDocument, year: number | undefined) => (year !== undefined && year !== doc.year ? `${year}:` : '')

/** Which money a figure counts: the general budget only, all 财政拨款, or every source of the department. */
export type Scope = 'general' | 'fiscal' | 'all'

/** One table figure for a subject that other tables also print. */
export interface SubjectFigure { key: string; scope: Scope; table: Table; row: Row; column: Column; money: Money }

const GENERAL = /一般公共预算/
const NUMBERED = /^[一二三四五六七八九十]+、/
const SCOPE_OF: Partial<Record<Table['kind'], Scope>> = {
  'general-spending': 'general', 'basic-spending': 'general', 'project-spending': 'general', spending: 'all', income: 'all',
}

/**
 * The money a coded table counts. Basic and project tables count the general budget when their title says so
 * (一般公共预算财政拨款项目支出预算表) and every source when it does not (项目支出预算表).
 */
export function tableScope(t: Table): Scope | undefined {
  if ((t.kind === 'basic-spending' || t.kind === 'project-spending') && !/一般公共预算|财政拨款/.test(t.title)) return 'all'
  // an income-kind table titled 一般公共预算财政拨款收入支出决算表 counts the general budget, not every source
  if (t.kind === 'income' || t.kind === 'spending') return scopeOfTitle(t.title) ?? SCOPE_OF[t.kind]
  return SCOPE_OF[t.kind]
}

/** 类 names to codes (社会保障和就业支出 → 208), so the uncoded rows of 收支总表 line up with coded tables. */
export function classCodes(doc: BudgetDocument): Map<string, string> {
  const m = new Map<string, string>()
  for (const t of doc.tables) for (const r of t.rows) if (r.code?.length === 3 && !m.has(r.name)) m.set(r.name, r.code)
  return m
}

/** Subject figures of the coded tables: each code's total (and basic / project), and the table totals. */
function codedFigures(t: Table, doc: BudgetDocument): SubjectFigure[] {
  const scope = tableScope(t)
  if (!scope) return []
  const cols = currentColumns(t, doc)
  const out: SubjectFigure[] = []
  const year = yearKeyOf(doc, t.year)
  const add = (key: string, row: Row, column: Column | undefined) => {
    const money = column && moneyAt(row, column)
    if (column && money) out.push({ key: year + key, scope, table: t, row, column, money })
  }
  // (a place's report's table of its closed year: what was executed, 执行数, is the year's figure)
  const total = (closedYearTable(doc, t) ? cols.find((c) => c.role === 'final') : undefined) ?? cols.find((c) => c.role === 'total')
  // a 决算's 收入决算表 gives each subject's income, which is not its spending (the difference is carried over):
  // its figures are compared with other income tables only
  // (…and a place's 财政 report: its 一般公共预算收入 is the place's own revenue, balanced against its spending by
  // transfers, debt and carry-overs, never equal to it)
  const side = t.kind === 'income' && (stageOf(doc.scope) === '决算' || isFiscalScope(doc.scope)) ? 'income-table:' : ''
  // a code under one unit's block (支出总表 grouped by unit) is that unit's part, not the department's subject
  const blocks = unitBlockRows(t)
  for (const r of t.rows) {
    if (blocks.has(r.id)) continue
    const base = r.isTotal ? `${side}total` : r.code ? `${side}code:${r.code}` : undefined
    if (!base || (r.isTotal && t.rows.filter((x) => x.isTotal).length > 1)) continue
    if (t.kind === 'basic-spending' || t.kind === 'project-spending') {
      const role = t.kind === 'basic-spending' ? 'basic' : 'project'
      if (r.isTotal) add(`total:${role}`, r, total ?? cols.find((c) => c.role === role))
      continue
    }
    add(base, r, total)
    add(`${base}:basic`, r, cols.find((c) => c.role === 'basic'))
    add(`${base}:project`, r, cols.find((c) => c.role === 'project'))
  }
  return out
}

/** Subject figures of a 收支总表: this year's spending total and 类 rows, and this year's general-budget income. */
function twoSidedFigures(t: Table, doc: BudgetDocument, codes: Map<string, string>): SubjectFigure[] {
  const cols = currentColumns(t, doc)
  const spendCols = cols.filter((c) => c.side === 'spending')
  const incomeCol = cols.find((c) => c.side === 'income' && c.role === 'total')
  const out: SubjectFigure[] = []
  const year = yearKeyOf(doc, t.year)
  const add = (key: string, scope: Scope, row: Row, column: Column | undefined) => {
    const money = column && moneyAt(row, column)
    if (column && money) out.push({ key: year + key, scope, table: t, row, column, money })
  }
  const spendingScope = (c: Column): Scope => (c.role === 'total' ? twoSidedScope(t) : 'general')
  const spendHead = t.rows.find((r) => r.side === 'spending' && /^(一、)?本年支出(合计)?$/.test(r.name))
    ?? t.rows.find((r) => r.side === 'spending' && r.isTotal && !NUMBERED.test(r.name))
  for (const c of spendCols.filter((c) => c.role === 'total' || GENERAL.test(c.label))) {
    if (spendHead) add('total', spendingScope(c), spendHead, c)
    for (const r of t.rows.filter((r) => r.side === 'spending' && codes.has(r.name))) add(`code:${codes.get(r.name)}`, spendingScope(c), r, c)
  }
  const carried = (r: Row) => r.parent !== undefined && /结转/.test(t.rows[r.parent].name)
  for (const r of t.rows.filter((r) => r.side === 'income' && !r.isTotal && GENERAL.test(r.name) && !carried(r))) add('income:general', 'general', r, incomeCol)
  return out
}

export function subjectFigures(doc: BudgetDocument): SubjectFigure[] {
  const codes = classCodes(doc)
  return doc.tables.filter(hasFigures).flatMap((t) => (isTwoSided(t) ? twoSidedFigures(t, doc, codes) : codedFigures(t, doc)))
}

/**
 * True when every income the document lists is general-budget money (no fund, state-capital or own income):
 * then the general-budget tables and the all-source tables must agree.
 */
export function onlyGeneralIncome(doc: BudgetDocument): boolean {
  const sums = doc.tables.filter((t) => hasFigures(t) && isTwoSided(t))
  if (!sums.length || otherSourceInIncomeTable(doc)) return false
  const hasMoney = (r: Row) => r.cells.some((c) => !!c.amount?.fen)
  // an income side that shows no money (its figures lost in the layout) is no evidence of general-only income
  if (!sums.some((t) => t.rows.some((r) => r.side === 'income' && hasMoney(r)))) return false
  return sums.every((t) => t.rows
    .filter((r) => r.side === 'income' && !r.isTotal && !/本年收入|合计|总计/.test(r.name) && hasMoney(r))
    .every((r) => {
      // a head (二、上年结转) counts as what its figures are; a row the parser hung children on does not hide its own money
      const children = t.rows.filter((x) => x.parent === r.index && hasMoney(x))
      return GENERAL.test(r.name) || (children.length > 0 && children.every((x) => GENERAL.test(x.name)))
    }))
}

/** A 收入总表 whose total row has money in a source column other than the general budget (政府性基金, 财政专户, 单位资金). */
function otherSourceInIncomeTable(doc: BudgetDocument): boolean {
  return doc.tables.filter((t) => t.kind === 'income' && hasFigures(t) && !isTwoSided(t)).some((t) => {
    const total = t.rows.find((r) => r.isTotal)
    return !!total && currentColumns(t, doc)
      .filter((c) => c.role === 'amount' && !GENERAL.test(c.label) && !/结转|结余|合计|小计/.test(c.label))
      .some((c) => !!moneyAt(total, c)?.amount.fen)
  })
}
