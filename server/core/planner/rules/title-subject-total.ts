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
  if (!tables.length) return answerTitleProseTotal(run, t, words)
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

/** The words as the title writes them, in order, a few characters it adds between them allowed ("第一批衔接" in
 *  "…第一批财政衔接资金分配结果公告"). */
export function inTitleOrder(title: string, words: string): boolean {
  let at = title.indexOf(words[0])
  if (at < 0) return false
  const start = at
  for (const ch of words.slice(1)) {
    at = title.indexOf(ch, at + 1)
    if (at < 0) return false
  }
  return at - start + 1 <= words.length + 4
}

/** A sum the prose states as the whole: "…、…，共计23513万元" */
export const WHOLE_WORDS = ['共计', '合计', '总计'] as const

/**
 * The same words naming what the document itself is about, where no table holds them ("第一批衔接资金一共多少" of a
 * "某县2025年第一批财政衔接资金分配结果公告"): the sum its prose states as the whole (共计/合计/总计 …), when it states
 * exactly one such sum.
 */
function answerTitleProseTotal(run: ToolRunner, t: Target, asked: string): HandlerOutput | undefined {
  // (the whole asked in the words themselves: "第一批衔接资金总额")
  const words = asked.replace(/(?:资金)?(?:总额|总数|总量|合计|总计|共计)$/u, '')
  if (words.length < 4 || !inTitleOrder(compactText(t.doc.title), words)) return undefined
  for (const name of WHOLE_WORDS) {
    const r = run.run('find-prose-figure', { docId: t.doc.id, name, asPrinted: true })
    if (!r.ok || r.figures.length !== 1) continue
    const f = r.figures[0]
    run.cite(f.citation)
    return { answer: joinSentences([`${t.doc.org}${t.doc.year}年《${t.doc.title}》所列资金${name}${figureText(f)}`]) }
  }
  return undefined
}
