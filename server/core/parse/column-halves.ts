import type { Column } from '../schema.js'

/**
 * A list printed in two halves side by side under one title: 人员经费 (科目编码 | 科目名称 | 决算数) beside
 * 公用经费 (科目编码 | 科目名称 | 决算数). The halves repeat the same column labels under different group labels;
 * each line holds one row of each half. Returns the halves' columns, left first, or undefined.
 */
export function columnHalves(columns: Column[]): Column[][] | undefined {
  if (columns.length < 4 || columns.length % 2 || columns.some((c) => c.side)) return undefined
  const h = columns.length / 2
  const left = columns.slice(0, h)
  const right = columns.slice(h)
  const leaf = (c: Column) => c.path[c.path.length - 1] ?? ''
  const group = (c: Column) => (c.path.length > 1 ? c.path[0] : '')
  const repeats = left.every((c, i) => leaf(c) !== '' && leaf(c) === leaf(right[i]))
  const named = left.some((c) => c.role === 'name') && left.some((c) => c.role !== 'name' && c.role !== 'code' && c.role !== 'text')
  const grouped = group(left[0]) !== '' && group(right[0]) !== '' && group(left[0]) !== group(right[0])
  // no group labels above ("科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数"): the repeat of a code column
  // with its name column in each half says the same (a 收支总表's two sides print no codes, and carry their side)
  const coded = (half: Column[]) => half.some((c) => c.role === 'code') && half.some((c) => c.role === 'name' || c.role === 'text')
  return repeats && named && (grouped || (coded(left) && coded(right))) ? [left, right] : undefined
}

const GROUP_ROLES: [RegExp, Column['role']][] = [[/人员经费$/, 'personnel'], [/公用经费$/, 'public']]

/** The figures of a 人员经费 half are 人员经费 (and of a 公用经费 half 公用经费): the group names the column's role. */
export function roleHalves(halves: Column[][]): void {
  for (const c of halves.flat()) {
    const role = GROUP_ROLES.find(([re]) => re.test(c.path[0] ?? ''))?.[1]
    if (role && c.path.length > 1 && !['code', 'name', 'text', 'growth', 'completion'].includes(c.role)) c.role = role
  }
}
