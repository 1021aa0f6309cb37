import type { Figure } from './figure.js'

/** Tables that show one fund's part of a subject (一般公共预算, 政府性基金, 国有资本经营; 财政拨款 only). */
const ONE_FUND = new Set(['general-spending', 'gov-fund', 'state-capital', 'fiscal-summary'])

/**
 * Rule `all-funds-first`: a subject asked with no fund named is read from the all-funds 支出总表 when that table
 * prints a different amount than a one-fund table: the unit's whole spending on it (财政拨款 plus 事业收入 and other
 * money), with the one-fund figure kept as the other reading. Where both print the same, the order is unchanged.
 */
export function allFundsFirst(figures: Figure[]): Figure[] {
  const [first] = figures
  const whole = figures.find((f) => f.tableKind === 'spending')
  if (!first || !whole || whole === first || !ONE_FUND.has(first.tableKind ?? '') || whole.fen === first.fen) return figures
  return [whole, ...figures.filter((f) => f !== whole)]
}
