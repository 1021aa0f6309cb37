import { stageOf, type BudgetDocument, type Column, type Row, type Table } from '../../schema.js'
import { classCodes, onlyGeneralIncome, subjectFigures, tableScope, yearKeyOf, type SubjectFigure } from '../subject-figures.js'
import { currentColumns, hasFigures, moneyAt, moneyColumns } from '../table-cells.js'
import { stageGroupOf, threePublicColumns } from '../three-public.js'
import { rowYear } from '../../parse/row-year.js'

/** A table figure a prose concept can be compared with. */
export type TableFigure = Pick<SubjectFigure, 'table' | 'row' | 'column' | 'money'> & { key: string }

const THREE_PUBLIC: Record<string, (k: ReturnType<typeof threePublicColumns>) => Column | undefined> = {
  'tp:total': (k) => k.total, 'tp:abroad': (k) => k.abroad, 'tp:reception': (k) => k.reception,
  'tp:car': (k) => k.carSubtotal ?? k.car, 'tp:car-run': (k) => k.carRun, 'tp:car-buy': (k) => k.carBuy,
}

function threePublicFigures(doc: BudgetDocument, key: string): TableFigure[] {
  return doc.tables.filter((t) => t.kind === 'three-public' && hasFigures(t)).flatMap((t) => {
    const column = THREE_PUBLIC[key](threePublicColumns(stageColumns(doc, moneyColumns(t).filter((c) => c.role !== 'prior'))))
    // one row per year ("2024年预算数", "2025年预算数"): the document's own year, never the year before
    const filled = t.rows.filter((r) => r.cells.some((c) => c.amount))
    const row = column && (filled.find((r) => rowYear(r) === (t.year ?? doc.year)) ?? filled.find((r) => rowYear(r) === undefined))
    const money = row && column && moneyAt(row, column)
    return money && row && column ? [{ key, table: t, row, column, money }] : []
  })
}

/** A 决算 三公 table prints 预算数 and 决算数 groups: the text of a 决算 is about the 决算数, of a 预算 about the 预算数. */
function stageColumns(doc: BudgetDocument, cols: Column[]): Column[] {
  const want = stageOf(doc.scope) === '决算' ? /^决算/ : /预算/
  const same = cols.filter((c) => want.test(stageGroupOf(c)))
  return same.length && same.length < cols.length ? same : cols
}

/** Per basic-spending table: the total row's 人员经费 or 公用经费. */
function basicTypeFigures(doc: BudgetDocument, key: 'personnel' | 'public'): TableFigure[] {
  return doc.tables.filter((t) => t.kind === 'basic-spending' && hasFigures(t)).flatMap((t) => {
    const row = t.rows.find((r) => r.isTotal)
    const column = currentColumns(t, doc).find((c) => c.role === key)
    const money = row && column && moneyAt(row, column)
    return money && row && column ? [{ key, table: t, row, column, money }] : []
  })
}

/** A 项 by its printed name, in the functional-subject tables. */
function itemFigures(doc: BudgetDocument, key: string, name: string): TableFigure[] {
  return doc.tables.filter((t) => (t.kind === 'general-spending' || t.kind === 'spending') && hasFigures(t)).flatMap((t) => {
    // a 项 name several 款 share (一般行政管理事务) names no row without its 款
    const rows = t.rows.filter((r: Row) => r.name === name && (r.code?.length ?? 0) >= 5)
    const row = rows.length === 1 ? rows[0] : undefined
    const column = currentColumns(t, doc).find((c) => c.role === 'total')
    const money = row && column && moneyAt(row, column)
    return money && row && column ? [{ key, table: t, row, column, money }] : []
  })
}

/** General-budget money (一般公共预算, 财政拨款收支总表) or every source of the department. */
const scopeOfTable = (t: Table): 'general' | 'all' =>
  t.kind === 'fiscal-summary' || t.kind === 'three-public' ? 'general' : t.kind === 'summary' ? 'all' : tableScope(t) === 'all' ? 'all' : 'general'

/**
 * The table figures for what a prose figure is about (concepts.ts keys), one per table. When the department
 * has income besides the general budget, a figure the text gives for the general budget (一般公共预算, 财政拨款)
 * is compared with general-budget tables only, and any other with all-source tables only.
 */
export function tableFiguresFor(doc: BudgetDocument, key: string, generalContext = false, year = doc.year): TableFigure[] {
  // (a sentence of another year's section, "一、2024年预算执行情况" of a 2025 report, against that year's tables only)
  const other = yearKeyOf(doc, year)
  const ofYear = (t: Table) => (t.year ?? doc.year) === year
  let out: TableFigure[]
  if (key in THREE_PUBLIC) out = threePublicFigures(doc, key)
  else if (key === 'personnel' || key === 'public') out = basicTypeFigures(doc, key)
  else if (key.startsWith('item:')) out = itemFigures(doc, key, key.slice(5))
  else {
    const subject = key === 'basic' || key === 'project' ? `total:${key}`
      : key.startsWith('class:') ? `code:${classCodes(doc).get(key.slice(6)) ?? '-'}`
        : key === 'total' || key === 'income:general' ? key : undefined
    out = subject ? subjectFigures(doc).filter((f) => f.key === other + subject) : []
  }
  out = out.filter((f) => ofYear(f.table))
  const scopeOk = (t: Table) => onlyGeneralIncome(doc) || key.startsWith('tp:')
    || scopeOfTable(t) === (generalContext ? 'general' : 'all')
  return out.filter((f, i) => out.findIndex((g) => g.table === f.table) === i && scopeOk(f.table))
}

/** The document prints a 三公 table, and none of them holds a figure. */
export const emptyThreePublic = (doc: BudgetDocument): Table | undefined => {
  const tables = doc.tables.filter((t) => t.kind === 'three-public')
  return tables.length && !tables.some(hasFigures) ? tables[0] : undefined
}
