import type { Column, Side } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** A balance carried between years: 年初结转和结余, 年末结转和结余, 上年结转, 结转下年, 年终结余 (a stock, not a flow). */
const BALANCE = /结转|结余/
const segments = (c: Column) => c.path.map(compactText)
const isBalance = (c: Column) => segments(c).some((s) => BALANCE.test(s))
/** The year's flow a column belongs to: 本年收入 (› 小计…) or 本年支出 (› 基本支出…). */
function flowOf(c: Column): Side | undefined {
  const s = segments(c)
  if (s.some((p) => /支出/.test(p))) return 'spending'
  if (s.some((p) => /收入/.test(p))) return 'income'
  return undefined
}

/**
 * Rule `flow-before-balance`: a table that prints a subject's balances beside the year's flows (年初结转和结余 |
 * 本年收入 | 本年支出 | 年末结转和结余, the 决算's 政府性基金 and 财政拨款收入支出 tables) gives a row's own figure in
 * the flow of the side asked: 本年支出 unless income is asked, then 本年收入 (where both are printed); a balance
 * column is read only when it is named. Reorders the candidate columns (stable within each rank) so every "first money column" reading takes the
 * flow; a table with no balance column beside a flow is left as it is.
 */
export function flowBeforeBalance(cols: Column[], side: Side = 'spending'): Column[] {
  if (!cols.some(isBalance) || !cols.some((c) => !isBalance(c) && flowOf(c))) return cols
  // the side matters only where both flows are printed; an income table's columns keep their order
  const bothFlows = cols.some((c) => !isBalance(c) && flowOf(c) === 'income') && cols.some((c) => !isBalance(c) && flowOf(c) === 'spending')
  const rank = (c: Column) => (isBalance(c) ? 3 : !bothFlows ? 0 : flowOf(c) === side ? 0 : flowOf(c) === undefined ? 1 : 2)
  return cols.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c)
}
