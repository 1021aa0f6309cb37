import type { Table } from '../schema.js'

/**
 * The fund scope a table's title names: 一般公共预算 (the general budget only), 财政拨款 (every fiscal allocation:
 * general budget, 政府性基金, 国有资本经营), or none (every source of the department). A 收支总表 titled
 * 财政拨款收入支出决算表 counts fiscal money only, whatever kind its layout gave it.
 * Example: scopeOfTitle('一般公共预算财政拨款收入支出决算表') → 'general'.
 */
export function scopeOfTitle(title: string): 'general' | 'fiscal' | undefined {
  if (/一般公共预算/.test(title)) return 'general'
  if (/财政拨款/.test(title)) return 'fiscal'
  return undefined
}

/** The scope of a two-sided table's total column: fiscal for a 财政拨款 总表, general for 一般公共预算, else all sources. */
export const twoSidedScope = (t: Table): 'general' | 'fiscal' | 'all' =>
  scopeOfTitle(t.title) ?? (t.kind === 'fiscal-summary' ? 'fiscal' : 'all')
