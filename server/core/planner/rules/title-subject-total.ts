import { compactText } from '../../search/normalize-text.js'
import { moneyColumns } from '../../tools/lib/member-units.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences } from '../compose.js'
import { textWithoutOrgs, type QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** Words asking a whole: 一共, 合计, 总额, 多少 */
const TOTAL_ASKED = /一共|总共|合计|总计|总额|共计|多少/u

/**
 * Rule `title-subject-total`: words no term knows that name what one table of the document is about ("中央基建投资一共
 * 多少" of a "2024年中央基建投资预算表"): that table's 合计, from its first money column, cited to the row. Only one
 * table's title may hold the words.
 */
export function answerTitleSubject(run: ToolRunner, frame: QuestionFrame, t: Target): HandlerOutput | undefined {
  const words = frame.unknown && compactText(frame.unknown)
  if (frame.op !== 'lookup' || !words || words.length < 4 || !TOTAL_ASKED.test(frame.text) || frame.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) return undefined
  // (nothing else said: "海南大学这次分到多少中央基建投资" asks one unit's share, never the table's whole)
  const rest = textWithoutOrgs(frame, '')
    .split(words).join('').replace(/(?:19|20)\d{2}年度?|一共|总共|合计|总计|总额|共计|多少钱|多少|下达|安排|今年|本年|资金|金额|是|有|的|了|[\s\p{P}\d]/gu, '')
  if (/\p{Script=Han}{2}/u.test(rest)) return undefined
  const tables = t.doc.tables.filter((x) => compactText(x.title).includes(words) && x.rows.some((r) => r.isTotal))
  if (tables.length !== 1) return undefined
  const table = tables[0]
  const total = table.rows.find((r) => r.isTotal)!
  const money = moneyColumns(table).find((c) => total.cells.some((x) => x.column === c.index && x.amount?.fen !== undefined))
  if (!money) return undefined
  const f = run.run('get-figure', { rowId: total.id, columnLabel: money.label })
  if (!f.ok) return undefined
  run.cite(f.figures[0].citation)
  return { answer: joinSentences([`${t.doc.org}${t.doc.year}年《${table.title}》的${total.name}为${figureText(f.figures[0])}`]) }
}
