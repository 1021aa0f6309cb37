import type { BudgetDocument, Row, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { LIST_NUMBER } from './list-number.js'

/** A place's own government accounts (its 财政预算 or 财政决算), not a department's. */
export const isFiscalScope = (scope: BudgetDocument['scope']) => scope === '财政预算' || scope === '财政决算'

/** The place's own line of each side of a 平衡表, as these tables name it. */
const OWN_LINE = {
  income: /^(?:本级收入|本级一般公共预算收入|地方一般公共预算收入|一般公共预算收入)(?:合计)?$/u,
  spending: /^(?:本级支出|本级一般公共预算支出|一般公共预算支出|支出合计)(?:合计)?$/u,
}
/** Words that ask for the whole side, transfers included: 总收入, 收入总计, 收入总量. */
export const WHOLE_ASKED = /总|全部|所有/u

/**
 * Rule `fiscal-own-line`: a place's 平衡表 (一般公共预算收支平衡表, 决算平衡表) adds to its own revenue (本级收入,
 * "一般公共预算收入" as these reports say it) the transfers, debt and carry-overs, and totals both in 总计. A fund's
 * 收入 or 支出 asked of a place's own accounts is that own line; the 总计 only when the question says 总 (总收入,
 * 收入总计: the caller's `whole`, read with WHOLE_ASKED). Undefined elsewhere (a department's 收支总表 keeps its total row).
 */
export function fiscalOwnLine(doc: BudgetDocument, table: Table, side: 'income' | 'spending' | undefined): Row | undefined {
  if (!isFiscalScope(doc.scope) || !side || !/平衡/u.test(table.title ?? '')) return undefined
  return table.rows.find((r) => (!r.side || r.side === side) && OWN_LINE[side].test(compactText(r.name).replace(LIST_NUMBER, '')) && r.cells.some((c) => c.amount))
}
