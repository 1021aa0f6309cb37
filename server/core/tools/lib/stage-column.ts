import { stageOf, type BudgetDocument, type Column, type ColumnRole, type Table } from '../../schema.js'
import { isFiscalScope } from './fiscal-own-line.js'
import { compactText } from '../../search/normalize-text.js'
import { stageOfHead } from '../../lexicon/stage-words.js'

/** a column's header segments, compact; a year before a stage ("2023年预算数", its column already of the year asked) left out */
const segments = (c: Column) => c.path.map((p) => compactText(p).replace(/^(?:19|20)\d{2}年度?(?=\S)/u, ''))
/** A column of the budget a 决算 is measured against, headed plainly "预算数" (or 全年预算数, 年初预算). */
const budgetHead = (s: string) => stageOfHead(s) === 'initial'
/** A column group of the accounts: "决算数 › 合计", "本年决算数", "实际支出数", a year's "完成数" / "执行数" (执行情况表). */
const finalHead = (s: string) => stageOfHead(s) === 'final'
/** The total of a column group: role total, or headed 合计/小计 under the group. */
const isGroupTotal = (c: Column) => c.role === 'total' || /^(?:合计|小计)$/.test(compactText(c.path[c.path.length - 1] ?? ''))
/** Roles of a part of a stage's figure (its 基本支出, 项目支出, 人员经费, 公用经费 columns). */
const PARTS = new Set<ColumnRole>(['basic', 'project', 'personnel', 'public'])
const isFinalTable = (doc: BudgetDocument, t: Table) =>
  stageOf(doc.scope) === '决算' || t.columns.some((c) => c.role === 'final' || segments(c).some(finalHead))

/**
 * Rule `stage-column`: the 决算 columns asked (年初预算, 决算数) where no header says so in those words. In a 决算
 * table a column headed "预算数" is the budget the accounts are set against (年初预算 as such tables print it); the
 * 决算 is a column under a "决算数" group, else, in a 决算 document, the table's own total (its figures are all
 * accounts). `cols` are the candidate columns of the row's side and year; filled ones are preferred.
 */
export function stageColumn(doc: BudgetDocument, table: Table, cols: Column[], role: ColumnRole, filled: Set<number>): Column | undefined {
  if (!isFinalTable(doc, table)) return undefined
  const first = (hits: Column[]) => hits.find((c) => filled.has(c.index)) ?? hits[0]
  if (role === 'initial') return first(cols.filter((c) => segments(c).some(budgetHead)))
  // 全年预算 asked where no column is headed 调整预算: the column headed 全年预算数, the year's budget as it ended, or
  // a table's only budget column (预算数 | 决算数); never the 年初预算 beside them
  if (role === 'adjusted') {
    const whole = cols.filter((c) => segments(c).some((s) => /^全年预算数?$/u.test(s)))
    const budget = cols.filter((c) => segments(c).some(budgetHead))
    return first(whole) ?? (budget.length === 1 && !cols.some((c) => c.role === 'initial' || segments(c).some((s) => s.startsWith('年初'))) ? budget[0] : undefined)
  }
  if (role !== 'final') return undefined
  const grouped = cols.filter((c) => segments(c).some(finalHead))
  // a group of the accounts split into parts (决算数 › 基本支出 | 项目支出 | 合计): the stage is its total, never a part
  if (grouped.length) return first(grouped.filter(isGroupTotal)) ?? first(grouped.filter((c) => !PARTS.has(c.role))) ?? first(grouped)
  if (stageOf(doc.scope) !== '决算') return undefined
  for (const r of ['total', 'amount'] as ColumnRole[]) {
    const hits = cols.filter((c) => c.role === r)
    if (hits.length) return first(hits)
  }
  return undefined
}

/** A place's report's table of a year before the report's own: the closed year's execution. */
export const closedYearTable = (doc: BudgetDocument, table: Table) => isFiscalScope(doc.scope) && table.year !== undefined && table.year < doc.year

/**
 * The accounts column of a 决算 table that prints the budget beside them ("预算数 › 合计 | 决算数 › 合计"): a figure
 * asked of a 决算 document with no column named is the 决算, never the budget column that happens to come first.
 */
export function accountsColumn(doc: BudgetDocument, table: Table, cols: Column[], filled: Set<number>): Column | undefined {
  // (…and a place's report read for the year before its own, "2024年一般公共预算支出执行表" in the 2025 report: that
  // year is closed, its figure is what was executed, rule closed-year-execution)
  if (stageOf(doc.scope) !== '决算' && !closedYearTable(doc, table)) return undefined
  const budget = cols.some((c) => c.role === 'initial' || c.role === 'adjusted' || segments(c).some(budgetHead))
  if (!budget) return undefined
  const accounts = cols.filter((c) => c.role === 'final' || segments(c).some(finalHead))
  const totals = accounts.filter(isGroupTotal)
  const pick = (hits: Column[]) => hits.find((c) => filled.has(c.index)) ?? hits[0]
  return pick(totals) ?? pick(accounts)
}

/** A column headed as the closed year's accounts (决算数, 实际支出数), not as the execution reported before them. */
const closedHead = (s: string) => finalHead(s) && !/(?:完成|执行)数$/u.test(s)

/**
 * Columns of the accounts in the order a figure is read from them: where a table prints both the year's execution
 * (执行数, 完成数: what the 预算执行情况 reported) and its 决算数 (the accounts as closed, which may differ), the 决算数
 * first: a 财政决算's 平衡表 (执行数 | 决算数) is read for its 决算数, the column the document is published for.
 */
export function accountsFirst(cols: Column[]): Column[] {
  const closed = cols.filter((c) => segments(c).some(closedHead))
  if (!closed.length || closed.length === cols.length || !cols.some((c) => segments(c).some(finalHead) && !closed.includes(c))) return cols
  return [...closed, ...cols.filter((c) => !closed.includes(c))]
}
