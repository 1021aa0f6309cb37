import { stageOf } from '../schema.js'
import type { Figure } from '../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences, orgYear } from './compose.js'
import { operandOf } from './operands.js'
import type { Target } from './resolve-scope.js'

const TOP_LEVEL_DIGITS = 3
const MAX_PARTS = 8
const MONEY = /\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)/g

/** A figure by row id in the target's year (total column). */
function rowFigure(inp: HandlerInput, t: Target, rowId: string): Figure | undefined {
  const r = inp.run.run('get-figure', { rowId, year: t.year !== t.doc.year ? t.year : undefined })
  return r.ok ? r.figures[0] : undefined
}

/** The top-level (类) rows of the department's spending table with their shares of the total, largest first. */
function fromTable(inp: HandlerInput, t: Target): string | undefined {
  const { run } = inp
  for (const tableKind of ['spending', 'general-spending'] as const) {
    const found = run.run('find-rows', { docId: t.doc.id, tableKind, limit: 100 })
    if (!found.ok) continue
    const total = found.rows.find((r) => r.isTotal)
    const tops = found.rows.filter((r) => r.code?.length === TOP_LEVEL_DIGITS && !r.isTotal && r.tableId === total?.tableId)
    if (!total || !tops.length) continue
    const whole = rowFigure(inp, t, total.rowId)
    if (!whole) continue
    const parts = tops.flatMap((r) => rowFigure(inp, t, r.rowId) ?? []).sort((a, b) => (b.fen ?? 0) - (a.fen ?? 0)).slice(0, MAX_PARTS)
    if (!parts.length) continue
    run.cite(whole.citation)
    const listed = parts.map((f) => {
      const share = run.run('compute', { op: 'share', operands: [operandOf(f), operandOf(whole)] })
      run.cite(f.citation)
      return `\n· ${f.label}：${figureText(f)}${share.ok ? `，占${share.result.text}` : ''}`
    })
    // a list as short lines, one subject each; the codes are in the citations
    return `${joinSentences([`${orgYear(t)}支出合计${figureText(whole)}`])}按支出功能分类：${listed.join('')}\n`
  }
  return undefined
}

/** "钱主要花在哪": the spending by top-level function with shares; a prose-only document's own sentence. */
export function answerBreakdown(inp: HandlerInput): HandlerOutput {
  const outs = inp.scope.targets.slice(0, 6).map((t) => {
    const table = fromTable(inp, t)
    if (table) return { text: table, found: true }
    // prose only: the sentence that lists the spending by function ("支出预算：…其中：社会保障和就业支出…")
    const r = inp.run.run('search-text', { docId: t.doc.id, query: '支出预算 其中', mustContain: ['支出'], limit: 5 })
    const i = r.ok ? r.hits.findIndex((h) => (h.sentences[0].match(MONEY) ?? []).length >= 3) : -1
    if (!r.ok || i < 0) return { text: `没有找到${orgYear(t)}按支出功能分类的支出情况。`, found: false }
    inp.run.cite(r.citations[i])
    return { text: joinSentences([`据${orgYear(t)}${stageOf(t.doc.scope)}文件文字说明：${r.hits[i].sentences[0]}`]), found: true }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
