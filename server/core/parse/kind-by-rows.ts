import type { Table } from '../schema.js'

/** The three items every “三公” table lists, however each template words them. */
const THREE_PUBLIC_ITEMS = [/因公出国/, /公务接待/, /公务用车|公车/]

/**
 * Rule `kind-by-rows`: a table printed with no caption of its own (a web page that titles it in a heading ending in
 * 情况, not 表) still says what it is by its rows. A short table whose rows are the 三公 items — 因公出国(境)费,
 * 公务接待费, 公务用车… (at least two of the three), and nothing else but totals and their sub-items — is a 三公 table.
 */
export function kindByRows(table: Table): void {
  if (table.kind !== 'other' || table.rows.length < 2 || table.rows.length > 14) return
  const names = table.rows.map((r) => r.name.replace(/\s+/g, ''))
  const items = THREE_PUBLIC_ITEMS.filter((re) => names.some((n) => re.test(n))).length
  const other = names.filter((n) => n && !THREE_PUBLIC_ITEMS.some((re) => re.test(n)) && !/^(?:合计|总计|小计|三公|“三公”|"三公")/.test(n) && !/三公/.test(n))
  if (items >= 2 && other.length === 0) table.kind = 'three-public'
  else threePublicByColumns(table)
}

/**
 * The same table turned (rule kind-by-columns): a row per year or per stage ("2015年 | 2016年 | 增减%"), a column per
 * 三公 item (因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 › 合计 | 车辆购置 | 车辆运行) beside the 合计: a 三公 table.
 */
function threePublicByColumns(table: Table): void {
  const money = table.columns.filter((c) => !['code', 'name', 'text'].includes(c.role))
  const paths = money.map((c) => c.path.map((p) => p.replace(/\s+/g, '')))
  const items = THREE_PUBLIC_ITEMS.filter((re) => paths.some((p) => p.some((x) => re.test(x)))).length
  const other = paths.filter((p) => !p.some((x) => THREE_PUBLIC_ITEMS.some((re) => re.test(x)) || /三公/.test(x)) && !/^(?:合计|总计|小计)$/.test(p[p.length - 1] ?? ''))
  if (items >= 2 && other.length === 0) table.kind = 'three-public'
}
