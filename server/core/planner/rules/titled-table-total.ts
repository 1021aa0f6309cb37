import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import { joinSentences, orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** What the words' total is asked with: 一共, 合计, 总共, 总额 (a share asked, "某大学分到多少", is a row's). */
const TOTAL_ASKED = /一共|合计|总共|总额|总计|共计|总数/u

/**
 * Rule `titled-table-total`: words no term reads that one table's title names ("水利发展资金" of 《2020年中央和省级水利发展资金
 * 分配表》), asked for their amount ("…一共多少钱"): the table's total row (合计/总计) in its one money column, cited. Only
 * one table of the documents asked so titled, with one amount column: a title shared, or a table of several columns
 * (which one?), says nothing.
 */
export function titledTableTotal(run: ToolRunner, question: string, words: string, targets: Target[]): HandlerOutput | undefined {
  const w = compactText(words)
  if (w.length < 4 || !TOTAL_ASKED.test(question)) return undefined
  const tables = targets.flatMap((t) => t.doc.tables.filter((x) => compactText(x.title).includes(w)).map((x) => ({ t, x })))
  if (tables.length !== 1) return undefined
  const { t, x } = tables[0]
  const r = run.run('find-rows', { docId: t.doc.id, tableId: x.id, totalOnly: true, limit: 2 })
  if (!r.ok || r.rows.length !== 1) return undefined
  const money = r.rows[0].cells.filter((c) => /^-?[\d,]+(?:\.\d+)?$/u.test(c.text.trim()))
  if (money.length !== 1) return undefined
  const g = run.run('get-figure', { rowId: r.rows[0].rowId, columnLabel: money[0].column })
  if (!g.ok) return undefined
  const f = g.figures[0]
  run.cite(f.citation)
  return { answer: joinSentences([`${orgYear(t)}《${x.title}》的“${r.rows[0].name}”行为${f.text}（${f.column}）`]) }
}
