import type { Row } from '../schema.js'

/** "人员经费合计", "公用经费小计": a total naming its own group (a bare 合计/总计 names none) */
const GROUP_TOTAL = /^(\S{2,12}?)\s*(?:合\s*计|小\s*计)$/u

const fenIn = (r: Row, column: number) => r.cells.find((c) => c.column === column)?.amount?.fen

/** the coded rows of a run that no other row of it is a part of (30101, not 3010101 under it) */
const topCoded = (rows: Row[]) => rows.filter((x) => x.code && !rows.some((y) => y !== x && y.code && x.code!.startsWith(y.code) && y.code !== x.code))

/**
 * Rule `group-totals`: a 基本支出 table prints "人员经费合计" over its 301/303 rows, "公用经费合计" over its 302 rows and
 * "基本支出合计" (or 合计) at the end; each is a total by its name, but only the last is the table's. A total named for a
 * group ("X合计", "X小计") among two or more totals, whose figure is exactly the sum of the coded rows right after it
 * (up to the next total) or right before it (since the previous one), heads those rows: it is their group, not the
 * table's total, when the table keeps a total of its own. Returns the group of each row so placed (row index → group
 * row index); rows whose sums do not agree are left as they were.
 */
export function groupTotals(group: Row[]): Map<number, number> {
  const placed = new Map<number, number>()
  const heads: Row[] = []
  const totals = group.filter((r) => r.isTotal && !r.code)
  if (totals.length < 2) return placed
  for (const [k, r] of group.entries()) {
    if (!r.isTotal || r.code || !GROUP_TOTAL.test(r.name.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '').trim())) continue
    const column = r.cells.find((c) => c.amount?.fen !== undefined)?.column
    if (column === undefined) continue
    const want = fenIn(r, column)!
    let end = k + 1
    while (end < group.length && !group[end].isTotal) end++
    let start = k
    while (start > 0 && !group[start - 1].isTotal) start--
    for (const run of [group.slice(k + 1, end), group.slice(start, k)]) {
      // only coded rows between: a run with rows of other kinds is some other structure
      const members = topCoded(run)
      if (members.length < 2 || !run.every((x) => x.code)) continue
      const sum = members.reduce((s, x) => s + (fenIn(x, column) ?? 0), 0)
      if (sum !== want || members.some((x) => fenIn(x, column) === undefined)) continue
      heads.push(r)
      for (const x of members) placed.set(x.index, r.index)
      break
    }
  }
  // the table keeps a total of its own (基本支出合计): two halves each with its own 合计 and no other are the table's totals
  if (heads.length === totals.length) return new Map()
  for (const r of heads) r.isTotal = false
  return placed
}
