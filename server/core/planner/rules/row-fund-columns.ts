import { compactText } from '../../search/normalize-text.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import { figureFor } from '../figure-for.js'
import type { ConceptHit } from '../question-frame.js'

/** A fund or source a table's column may be headed with (资金来源 › 一般公共预算拨款, 上年结转, 事业收入). */
export const SOURCE_WORD = /^(?:一般公共预算|政府性基金|国有资本经营|财政拨款|财政专户|事业收入|事业单位经营收入|其他收入|上年结转|单位资金|自有资金|其他资金|自筹资金|上级补助)/u

/** Words asking the row's whole too: 合计, 一共, 总共, 总额, 各多少 (each part and the whole beside them) */
const WHOLE_ASKED = /合计|一共|总共|总计|总额|共计|全部|多少钱.*(?:其中|包括)|安排了?多少.*(?:其中|包括)/u

/** The column of the row's table whose last words are the source as asked (its 预算/收入 said or not). */
function columnNamed(columns: { label: string; path: string[] }[], asked: string): string | undefined {
  const a = compactText(asked).replace(/收入$/u, '')
  const bare = (s: string) => s.replace(/预算(?=拨款)/u, '').replace(/收入$/u, '')
  return columns.find((c) => { const leaf = compactText(c.path[c.path.length - 1] ?? ''); return leaf === a || bare(leaf) === bare(a) })?.label
}

/**
 * Rule `row-fund-columns`: "某项目经费，一般公共预算拨款和上年结转各多少": a row asked first, then sources of money its
 * own table prints as columns (资金来源 › 一般公共预算拨款 | 上年结转): each read from that row's column, never the
 * department's whole lines of the same names. Undefined unless every later subject is such a column of the row's table.
 */
export function rowFundColumns(inp: HandlerInput, subjects: ConceptHit[]): HandlerOutput | undefined {
  const { run, scope } = inp
  if (scope.targets.length !== 1 || subjects.length < 2 || (subjects[0].kind !== 'row' && subjects[0].kind !== 'project')) return undefined
  // (a part asked as contained in the row, "一共安排多少？包含上年结转多少", is rule part-in-parent-row's)
  if (/包含|包括|其中/u.test(inp.frame.text)) return undefined
  const rest = subjects.slice(1)
  if (!rest.every((s) => SOURCE_WORD.test(compactText(s.surface || s.name)))) return undefined
  const t = scope.targets[0]
  const row = figureFor(run, t, subjects[0]).figure
  const table = row?.rowId ? t.doc.tables.find((x) => x.id === row.citation.tableId) : undefined
  if (!row?.rowId || !table) return undefined
  const labels = rest.map((s) => columnNamed(table.columns, s.surface || s.name))
  if (labels.some((l) => !l)) return undefined
  const cells = labels.map((columnLabel) => run.run('get-figure', { rowId: row.rowId!, columnLabel: columnLabel! }))
  if (!cells.every((c) => c.ok)) return undefined
  const figures = cells.map((c) => (c.ok ? c.figures[0] : undefined)!)
  const parts = figures.map((f, i) => `${rest[i].surface || rest[i].name}为${figureText(f)}`)
  // (the row's own total is said only when the question asks it too: a part asked alone is answered alone)
  if (!WHOLE_ASKED.test(inp.frame.text)) {
    run.cite(...figures.map((f) => f.citation))
    return { answer: joinSentences([`${orgYear(t)}《${table.title}》中，${row.label}一行${parts.join('，')}`]) }
  }
  run.cite(row.citation, ...figures.map((f) => f.citation))
  return { answer: joinSentences([`${orgYear(t)}《${table.title}》中，${row.label}合计${figureText(row)}，其中${parts.join('，')}`]) }
}
