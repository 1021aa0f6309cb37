import type { BudgetDocument, Column } from '../../schema.js'
import { accountWords, soleAccount, type PlaceAccount } from './prose-account.js'

const groups = new WeakMap<Column[], Map<Column, PlaceAccount> | null>()

/** The account each column's group header names ("全市 › 执行数", "市本级 › 预算数"), when the columns name two. */
function accountGroups(cols: Column[]): Map<Column, PlaceAccount> | undefined {
  let hit = groups.get(cols)
  if (hit === undefined) {
    const m = new Map<Column, PlaceAccount>()
    for (const c of cols) {
      // (the group's header only: a column's own name that says 全市 is no group of columns)
      const head = c.path.length > 1 ? c.path[0] : undefined
      const w = head ? accountWords(head, true, true).find((x) => x.account !== 'below') : undefined
      if (w && w.account !== 'below') m.set(c, w.account)
    }
    hit = new Set(m.values()).size > 1 ? m : null
    groups.set(cols, hit)
  }
  return hit ?? undefined
}

/**
 * Rule `account-columns`: a place's table printing its two accounts side by side, each a group of columns under its
 * header (全市 › 预算数 | 执行数 … 市本级 › 预算数 | 执行数): a figure is read only in the group of the account asked,
 * else the account the report is of, else the whole place's. Columns of no such group are left as they are.
 */
export function accountColumns(doc: BudgetDocument, cols: Column[], all: Column[], asked?: PlaceAccount): Column[] {
  const g = accountGroups(all)
  if (!g) return cols
  const want = asked ?? soleAccount(doc) ?? 'whole'
  const mine = cols.filter((c) => g.get(c) === want || !g.has(c))
  return mine.some((c) => g.has(c)) ? mine : cols
}
