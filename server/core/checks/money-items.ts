import { compactText } from '../search/normalize-text.js'
import type { Row, Table } from '../schema.js'

/** A count, not money: the row label names its unit (公务用车保有量（辆）, 接待批次（个）, 出国人次数). */
const COUNT_ROW = /[（(](辆|个|人|人次|批次|次|台|套|组|团组)[)）]\s*$|团组数|人次数|批次数|保有量|购置数/
/** In a 三公 list, a row of another kind of money (机关运行经费) or the head of the statistics block (相关统计数). */
const OTHER_KIND_IN_THREE_PUBLIC = /机关运行经费|统计数/

/**
 * A row that can be an item of a money subtotal. Vertical 三公 lists (Yunnan 决算 表10 and the like) put count rows
 * and the 机关运行经费 under the same columns as the 三公 money: those are never parts of its 合计.
 * Example: isMoneyItem(threePublicTable, row('4．公务用车保有量（辆）')) → false.
 */
export function isMoneyItem(t: Table, r: Row): boolean {
  if (COUNT_ROW.test(labelOf(r))) return false
  // rule comparison-rows: a line of another period or of the change printed under the units ("2024年预算数", "增减额")
  // compares the 合计 with another year; it is no part of it
  if (COMPARISON_ROW.test(compactText(labelOf(r)))) return false
  if (t.kind !== 'three-public') return true
  // (and every row of the statistics block under its head: "“三公”经费统计数", then 统计项目 | 数量 and the counts)
  const head = statisticsHead(t)
  return !OTHER_KIND_IN_THREE_PUBLIC.test(r.name) && !(head !== undefined && r.index > head)
}

/** Another period's figure or the change, printed as a row: 2024年预算数, 上年决算数, 增减额, 比上年增减, 增长率. */
const COMPARISON_ROW = /^(?:(?:(?:19|20)\d{2}年度?|上年度?|上一年度?)(?:年初)?(?:预算|决算|执行|实际)?数|(?:比上年|较上年|同比)?增减(?:额|数|变动|幅度|率|%|（%）|\(%\))?|增长率|变动(?:额|率)|差额)$/u

/** The index of a 三公 table's statistics head ("“三公”经费统计数"), found once per table: the checks ask of every row. */
const heads = new WeakMap<Table, number | undefined>()
function statisticsHead(t: Table): number | undefined {
  if (!heads.has(t)) heads.set(t, t.rows.find((x) => /统计数/u.test(x.name))?.index)
  return heads.get(t)
}

/** A row's label: its name, or when the layout put it in the first cell (a sub-table under the table's columns), that cell's words. */
function labelOf(r: Row): string {
  if (r.name.trim()) return r.name
  return r.cells.map((c) => c.text.trim()).find((x) => /\p{Script=Han}/u.test(x)) ?? ''
}
