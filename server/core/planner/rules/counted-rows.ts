import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'

/** the units a table counts in (rule count-columns, statistic rows): never money */
const COUNT_UNITS = new Set(['个', '户', '人', '名', '辆', '台', '家', '批', '批次', '人次', '次'])

/**
 * Rule `counted-rows`: "行政单位和事业单位各有几个", "一级预算单位有几个" of one document, where those rows are printed in
 * a table that counts (部门机构情况: 数量 in 个): each row's count, read by get-figure and cited, all of them or none.
 * A row whose figure is money is not a count and answers nothing here.
 */
export function answerCountedRows(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  const rows = frame.concepts.filter((c) => c.kind === 'row' && !c.code)
  if (frame.op !== 'count' || scope.targets.length !== 1 || !rows.length || rows.length !== frame.concepts.length) return undefined
  const t = scope.targets[0]
  const figures: Figure[] = []
  for (const c of rows) {
    const r = run.run('get-figure', { docId: t.doc.id, name: c.name, ...(t.year !== t.doc.year ? { year: t.year } : {}) })
    const f = r.ok ? r.figures[0] : undefined
    if (!f || !COUNT_UNITS.has(f.amount.unit)) return undefined
    figures.push(f)
  }
  run.cite(...figures.map((f) => f.citation))
  const table = figures[0].citation.tableTitle
  return { answer: joinSentences([`${orgYear(t)}${table ? `《${table}》` : '表中'}列出：${figures.map((f, i) => `${rows[i].surface || f.label}${figureText(f)}`).join('，')}`]) }
}
