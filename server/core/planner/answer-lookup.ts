import type { ColumnRole } from '../schema.js'
import type { ConceptHit } from './question-frame.js'
import { answerStatedCounts, statedCountsAsked } from './answer-stated-count.js'
import { isStatedCount } from './rules/stated-count.js'
import { statedNone } from './rules/stated-none.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences, labelOf, orgYear, stageWord, quoteOf } from './compose.js'
import { explanationFor, figureFor } from './figure-for.js'
import { notFoundInDoc } from './not-found.js'
import type { Target } from './resolve-scope.js'
import { COLUMN_WORD, rowColumnsAnswer } from './answer-row-columns.js'


/** The subject as the answer names it. */
export function askedName(s: ConceptHit): string {
  return s.code ? s.code : s.name
}

interface Ask { subject: ConceptHit; column?: ColumnRole }

/**
 * Rule `one-cell-one-subject`: two different things asked ("人员经费和公用经费", "项目支出" beside "一般公共预算")
 * never get the same cell. When a later subject falls back to a cell an earlier one already answered, the table has
 * no figure of its own for it: not found, rather than the same figure stated for both.
 */
type CellCitation = { rowId?: string; paragraphId?: string; tableId?: string; column?: string; value?: string }

/** The cell (or paragraph figure) a citation points at, within one document: one key for one printed figure. */
export const cellKey = (docId: string, c: CellCitation) => `${docId}|${c.rowId ?? c.paragraphId ?? c.tableId}|${c.column ?? ''}|${c.value ?? ''}`

export function claimsCell(used: Map<string, string>, t: Target, f: { citation: CellCitation }, asked: string): boolean {
  const key = cellKey(t.doc.id, f.citation)
  const before = used.get(key)
  if (before !== undefined && before !== asked) return false
  used.set(key, asked)
  return true
}

function oneFigure(inp: HandlerInput, t: Target, { subject, column }: Ask, compact: boolean, explain: boolean, used: Map<string, string>): { text: string; found: boolean } {
  const { run } = inp
  const r = figureFor(run, t, subject, column)
  if (!r.figure || !claimsCell(used, t, r.figure, `${askedName(subject)}|${column ?? ''}`)) return { text: notFoundInDoc(run, t, askedName(subject) + (column && COLUMN_WORD[column] ? `的${COLUMN_WORD[column]}` : ''), r.empty, compact), found: false }
  const f = r.figure
  const none = f.fen === 0 ? statedNone(t.doc, subject.name) : undefined
  if (none) {
    run.cite(none.citation)
    return { text: `${orgYear(t)}没有${labelOf(f, subject.name)}：文件写明“${none.citation.text ?? none.sentence}”。`, found: true }
  }
  run.cite(f.citation, ...r.others.map((o) => o.citation))
  const col = column && column !== 'total' && COLUMN_WORD[column] && f.citation.tableTitle && !f.citation.tableTitle.includes(COLUMN_WORD[column]!) ? `中${COLUMN_WORD[column]}` : ''
  const label = (subject.parent ? `${subject.parent}中的` : '') + labelOf(f, subject.name)
  if (compact) return { text: `${t.doc.org}（${t.year}年）${label}${col}：${figureText(f)}`, found: true }
  const prior = t.year === t.doc.year ? '' : r.note ? `（${r.note}）` : `（取自${t.doc.year}年预算文件的上年预算数）`
  // each other reading names its table: the reader sees which fund or scope it counts
  const others = r.others.map((o) => `${o.citation.tableTitle ? `《${o.citation.tableTitle}》中` : '另一张表中'}为${figureText(o)}`).join('；')
  const why = explain && f.fen !== undefined && t.year === t.doc.year ? explanationFor(run, t, subject.name, f.fen) : undefined
  if (why) run.cite(why.c, ...why.more)
  return {
    text: joinSentences([`${orgYear(t)}${label}${col}${stageWord(t, label + col)}为${figureText(f)}${prior}`, others, why && `文件说明：${quoteOf(why.e)}`]),
    found: true,
  }
}

/** Lookup: each subject (× each column asked) per document; several documents answered compactly, one line each. */
export function answerLookup(inp: HandlerInput): HandlerOutput {
  const { frame, scope } = inp
  const subjects = frame.concepts.filter((c, i, a) => c.kind !== 'count' && !isStatedCount(c) && a.findIndex((x) => x.name === c.name && x.code === c.code) === i)
  const asks: Ask[] = subjects.flatMap((subject) => (frame.columns.length ? frame.columns.map((column) => ({ subject, column })) : [{ subject }]))
  const compact = scope.targets.length > 1
  // one document, columns asked of a subject row: every column read from that one row
  const byRow = !compact && frame.columns.some((c) => c !== 'total')
  const used = new Map<string, string>()
  const parts = byRow
    ? scope.targets.flatMap((t) => subjects.map((s) => rowColumnsAnswer(inp.run, t, s, frame.columns)))
    : scope.targets.flatMap((t) => asks.map((a) => oneFigure(inp, t, a, compact, asks.length === 1, used)))
  const found = parts.filter((p) => p.found)
  if (!found.length && compact) {
    return { answer: `未找到“${subjects.map(askedName).join('、')}”的金额：所收录的文件中都没有这一项。`, notFound: true }
  }
  // several documents: the figures first, then in one clause the documents that list none
  const missing = parts.filter((p) => !p.found).map((p) => p.text.replace(/：未列出$/, ''))
  const listed = `${subjects.map((s) => s.name).join('、')}（按单位）：${found.map((p) => p.text).join('；')}`
  const body = compact ? listed + (missing.length ? `。未列出该项的：${missing.join('、')}` : '') : parts.map((p) => p.text).join('')
  // "…运行维护费是多少？保有量多少辆？": the counts the prose states, after the figures
  const counts = statedCountsAsked(inp)
  const told = counts.length ? answerStatedCounts(inp, counts) : undefined
  return { answer: joinSentences([body]) + (told?.answer ?? ''), notFound: !found.length && (told?.notFound ?? true) }
}
