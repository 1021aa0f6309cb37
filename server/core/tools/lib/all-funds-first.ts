import type { Figure } from './figure.js'
import type { TableKind } from '../../schema.js'

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

/** The fund each sibling one-fund table counts (the 财政拨款 tables add them: not a sibling). */
const FUND_OF: Partial<Record<TableKind, string>> = { 'general-spending': '一般公共预算', 'gov-fund': '政府性基金预算', 'state-capital': '国有资本经营预算' }
const fundOf = (f: Figure) => FUND_OF[f.tableKind as TableKind]

/** The funds other than the 一般公共预算: their tables' figures always carry the fund's name. */
const LESSER_FUND: ReadonlySet<string> = new Set(['gov-fund', 'state-capital'])

/**
 * Rule `one-fund-named`: a figure read from one fund's table (the 一般公共预算支出表's 项目支出) while another fund's
 * table prints the same subject with an amount of its own (the 政府性基金预算支出表's 项目支出) is that fund's part,
 * not the department's: it carries its fund, so the answer says "一般公共预算项目支出", and the other funds' readings
 * are kept beside it. A 政府性基金 or 国有资本经营 table's
 * figure carries its fund always. A figure of an all-funds table, or of the 一般公共预算 when it is the only fund that
 * prints the subject, is unchanged.
 */
export function fundNamed(figure: Figure, others: Figure[]): Figure {
  const fund = fundOf(figure)
  if (!fund) return figure
  const sibling = others.some((o) => o.tableKind !== figure.tableKind && fundOf(o) && o.fen !== undefined && o.fen !== 0)
  // (a 政府性基金 or 国有资本经营 figure is never the unit's or the place's figure without its fund: "上级补助收入" of the
  // 政府性基金 table, said bare, reads as the whole budget's)
  return sibling || LESSER_FUND.has(figure.tableKind ?? '') ? { ...figure, fund } : figure
}

/** Rule fund-part-no-reading: a one-fund table's smaller figure beside the whole an all-funds table gives is that fund's
 *  part of it, not another reading of the whole. */
export function fundPartOf(whole: Figure, f: Figure): boolean {
  return ALL_FUNDS.has(whole.tableKind ?? '') && ONE_FUND.has(f.tableKind ?? '') && f.fen !== undefined && whole.fen !== undefined && f.fen < whole.fen
}

/** The fund a one-fund table counts, as a part of an all-funds whole is said ("一般公共预算财政拨款"). */
const PART_FUND: Partial<Record<TableKind, string>> = { 'general-spending': '一般公共预算财政拨款', 'gov-fund': '政府性基金预算财政拨款', 'state-capital': '国有资本经营预算财政拨款', 'fiscal-summary': '财政拨款' }
export const partFundOf = (f: Figure): string | undefined => PART_FUND[f.tableKind as TableKind]
