import { stageOf, type BudgetDocument, type Column, type ColumnRole } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** A column of what was spent: 决算数, 执行数, 实际 (against 预算数, what was planned). */
const ACTUAL = /决算|执行|实际/

/**
 * Rule `year-stage-column`: a budget that prints an earlier year twice ("2024年预算数 | 2024年决算数 | 2025年预算数")
 * holds that year at two stages. Asked its 决算 (role final), the year's 决算/执行 column; asked with no stage, a
 * budget's own stage — the year's 预算 column, never the 决算 one that may come first. `cols` are that year's
 * candidate columns; undefined leaves the choice to the usual roles.
 */
export function yearStageColumns(doc: BudgetDocument, cols: Column[], role: ColumnRole): Column[] | undefined {
  const actual = (c: Column) => c.path.some((p) => ACTUAL.test(compactText(p)))
  const spent = cols.filter(actual)
  if (!spent.length) return undefined
  if (role === 'final') return spent
  const planned = cols.filter((c) => !actual(c))
  if (!planned.length || stageOf(doc.scope) !== '预算' || (role !== 'total' && role !== 'prior')) return undefined
  return planned
}
