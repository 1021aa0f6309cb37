import type { Figure } from './figure.js'

/** Tables that show one fund's part of a subject (一般公共预算, 政府性基金, 国有资本经营; 财政拨款 only). */
export const ONE_FUND: ReadonlySet<string> = new Set(['general-spending', 'gov-fund', 'state-capital', 'fiscal-summary'])
/** Tables of every fund: the 支出总表 and the 收支总表 (its 本年支出合计 beside the 财政拨款收支总表's own). */
export const ALL_FUNDS: ReadonlySet<string> = new Set(['spending', 'summary', 'income'])

/**
 * Rule `all-funds-first`: a subject asked with no fund named is read from an all-funds table (支出总表, 收支总表) when it
 * prints a different amount than a one-fund table: the unit's whole spending on it (财政拨款 plus 事业收入 and other
 * money), with the one-fund figure kept as the other reading. Where both print the same, the order is unchanged.
 */
export function allFundsFirst(figures: Figure[]): Figure[] {
  const [first] = figures
  const whole = figures.find((f) => ALL_FUNDS.has(f.tableKind ?? ''))
  if (!first || !whole || whole === first || !ONE_FUND.has(first.tableKind ?? '') || whole.fen === first.fen) return figures
  return [whole, ...figures.filter((f) => f !== whole)]
}
