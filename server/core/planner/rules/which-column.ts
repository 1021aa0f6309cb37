import type { ColumnRole } from '../../schema.js'

/** "是基本支出还是项目支出": which of the columns holds the row's money. */
const WHICH = /是[^，。？?]{0,12}还是/u

/**
 * Rule `which-column`: "一般行政管理事务（2011302）是基本支出还是项目支出？多少钱？" asks the row's amount and
 * the columns it falls in: the row's total is read first, then each column named (an empty one is said to be empty).
 */
export function whichColumns(columns: ColumnRole[], text: string): ColumnRole[] {
  if (columns.length < 2 || columns.includes('total') || !WHICH.test(text)) return columns
  return ['total', ...columns]
}
