import type { BudgetDocument } from '../schema.js'
import type { SubjectFigure } from './subject-figures.js'
import { isTwoSided } from './sum-children.js'
import { moneyAt } from './table-cells.js'

const CARRY = /上年结转/

/**
 * The carry-over the document prints for a subject: per code in the 收入总表's 上年结转 column, in total on the 收支总表.
 * A code no table splits the carry-over by takes the whole: a subject short by exactly all of it holds all of it.
 */
export function carryOverOf(doc: BudgetDocument, key: string): number | undefined {
  const code = /^code:(\d+)$/.exec(key)?.[1]
  if (code) {
    for (const t of doc.tables.filter((x) => x.kind === 'income')) {
      const row = t.rows.find((r) => r.code === code)
      const col = t.columns.find((c) => CARRY.test(c.label))
      const m = row && col && moneyAt(row, col)
      if (m) return m.amount.fen
    }
    return doc.tables.some((t) => t.kind === 'income' && t.rows.some((r) => r.code)) ? undefined : totalCarryOver(doc)
  }
  return key === 'total' ? totalCarryOver(doc) : undefined
}

/** The 上年结转 line of the 收支总表's income side, read from its total column (or its only money column, 本年预算). */
function totalCarryOver(doc: BudgetDocument): number | undefined {
  for (const t of doc.tables.filter(isTwoSided)) {
    const row = t.rows.find((r) => r.side === 'income' && CARRY.test(r.name) && r.parent === undefined)
    const money = t.columns.filter((c) => c.side === 'income' && c.role !== 'name' && c.role !== 'code' && c.role !== 'text')
    const col = money.find((c) => c.role === 'total') ?? (money.length === 1 ? money[0] : undefined)
    const m = row && col && moneyAt(row, col)
    if (m) return m.amount.fen
  }
  return undefined
}

/**
 * A 一般公共预算支出表 that prints this year's allocation only, beside tables that include the carry-over of the same
 * funds (上年结转 of 一般公共预算拨款): its figure falls short by exactly the subject's carry-over. That is two scopes
 * the template prints, not a document error.
 */
export function carryOverExplains(doc: BudgetDocument, odd: SubjectFigure, ref: SubjectFigure): boolean {
  const [low, high] = odd.money.amount.fen < ref.money.amount.fen ? [odd, ref] : [ref, odd]
  if (low.table.kind !== 'general-spending' || high.table.kind === 'general-spending') return false
  const carry = carryOverOf(doc, odd.key)
  return !!carry && high.money.amount.fen - low.money.amount.fen === carry
}

/**
 * A prose figure and a table figure of the same subject that differ by exactly the subject's 上年结转: one counts
 * this year's money, the other adds the carry-over (收支总预算 1,603.67 = 一般公共预算 1,543.67 + 上年结转 60.00).
 */
export function differsByCarryOver(doc: BudgetDocument, subjectKey: string | undefined, a: number, b: number): boolean {
  const carry = subjectKey ? carryOverOf(doc, subjectKey) : undefined
  return !!carry && Math.abs(a - b) === carry
}
