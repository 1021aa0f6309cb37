import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import { operandOf } from '../operands.js'
import { figureText, joinSentences, orgYear, printedAmount } from '../compose.js'

const PART_ROWS = { personnel: '人员经费合计', public: '公用经费合计' } as const

/**
 * Rule `basic-parts-share`: "基本支出里人员经费占多少" of a document whose 基本支出表 prints 人员经费 and 公用经费 as blocks,
 * each closed by its own total line (人员经费合计, 公用经费合计), and no line of 基本支出 with a 人员经费 column: the
 * part's total line over the whole 基本支出. The whole is the 基本支出 the document prints (its 基本支出表's 合计, else the
 * 支出表's 基本支出 of its 合计), taken only when the two parts add up to it exactly.
 */
export function basicPartsShare(inp: HandlerInput, t: Target): HandlerOutput | undefined {
  const { run, frame } = inp
  const [c0, c1] = frame.concepts
  const isColumn = (c: typeof c0 | undefined, role: string) => c?.kind === 'column' && c.role === role
  // "基本支出里人员经费占多少" (the part a column of 基本支出), or "人员经费占基本支出的…" (two subjects, the part first)
  const pair = frame.concepts.length === 2 && !frame.columns.length && (isColumn(c0, 'personnel') || isColumn(c0, 'public')) && isColumn(c1, 'basic')
  const basic = pair || (frame.concepts.length === 1 && isColumn(c0, 'basic'))
  const asked = pair ? c0.role : frame.columns.length === 1 ? frame.columns[0] : undefined
  if (!basic || (asked !== 'personnel' && asked !== 'public') || !t.doc.tables.some((x) => x.kind === 'basic-spending')) return undefined
  const row = (name: string): Figure | undefined => {
    const r = run.run('get-figure', { docId: t.doc.id, name, tableKind: 'basic-spending', asPrinted: true })
    return r.ok ? r.figures[0] : undefined
  }
  // (the parts as the table's columns, 合计 | 人员经费 | 公用经费: its total line's cells, rule basic-columns-share)
  const cell = (column: 'total' | 'personnel' | 'public'): Figure | undefined => {
    const r = run.run('get-figure', { docId: t.doc.id, name: '合计', column, tableKind: 'basic-spending' })
    return r.ok && r.figures[0].tableKind === 'basic-spending' ? r.figures[0] : undefined
  }
  const blocks = row(PART_ROWS[asked])
  const part = blocks ?? cell(asked)
  const other = blocks ? row(PART_ROWS[asked === 'personnel' ? 'public' : 'personnel']) : cell(asked === 'personnel' ? 'public' : 'personnel')
  if (part?.fen === undefined || other?.fen === undefined) return undefined
  const sum = part.fen + other.fen
  const wholes = [...(blocks ? [] : [cell('total')]), row('合计'), row('基本支出合计'), ...(['spending', 'general-spending'] as const).map((tableKind) => { const r = run.run('get-figure', { docId: t.doc.id, name: '合计', column: 'basic', tableKind }); return r.ok ? r.figures[0] : undefined })]
  const whole = wholes.find((f) => f?.fen === sum)
  if (!whole) return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(part), operandOf(whole)] })
  if (!r.ok) return undefined
  run.cite(...r.citations, other.citation)
  // (a column's cell is named by its column, not by the total line it sits on)
  const name = (f: Figure, role: 'personnel' | 'public') => (blocks ? f.label : role === 'personnel' ? '人员经费' : '公用经费')
  const otherRole = asked === 'personnel' ? 'public' : 'personnel'
  // (the table named: a 一般公共预算基本支出表's total is that fund's 基本支出, not the whole budget's)
  const where = whole.citation.tableTitle ? `《${whole.citation.tableTitle}》中` : ''
  return { answer: joinSentences([`${orgYear(t)}${where}基本支出${figureText(whole)}，其中${name(part, asked)}${figureText(part)}，占${r.result.text}（${printedAmount(part.amount)} ÷ ${printedAmount(whole.amount)}；另有${name(other, otherRole)}${figureText(other)}）`]) }
}
