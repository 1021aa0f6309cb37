import { z } from 'zod'
import type { Corpus } from '../schema.js'
import { normalizeText } from '../search/normalize-text.js'
import { parseAmount } from '../parse/amount.js'
import { moneyResult, percentHundredths, percentText } from './lib/arithmetic.js'
import { paragraphCitation } from './lib/citation.js'
import { viewOf } from './lib/corpus-view.js'
import { figureOfCell, moneyFields, pickColumn, type Figure } from './lib/figure.js'
import { ColumnInput, ColumnLabelInput, YearInput } from './lib/inputs.js'
import { printed } from './lib/money.js'
import type { QueryTool, ToolResult } from './types.js'

const RowOperand = z.object({
  rowId: z.string().describe('row id from find-rows or get-figure'),
  column: ColumnInput.optional(),
  columnLabel: ColumnLabelInput.optional(),
  year: YearInput.optional().describe('year of the column; an earlier year reads the prior-year column'),
})
const ProseOperand = z.object({
  paragraphId: z.string().describe('paragraph id from search-text or find-prose-figure'),
  value: z.string().describe('the number exactly as printed in the paragraph, e.g. "75.02"'),
  unit: z.string().describe('its unit as printed: 元, 万元, 人, 个 …'),
})
const Operand = z.union([RowOperand, ProseOperand])

export const ComputeInput = z.object({
  op: z
    .enum(['difference', 'change', 'share', 'growth', 'sum', 'stated-growth', 'stated-share'])
    .describe('difference a−b; change current−baseline (operands [current, baseline]); share a÷b as % (占比; with three or more operands, the sum of all but the last ÷ the last); growth (a−b)÷b as %; sum of all; stated-growth: the growth % a stated change implies (operands [current, the change as printed], with `decrease`): ±b ÷ (a ∓ b); stated-share: the share of the baseline a stated change implies (决算 a, 比年初预算减少 b): a ÷ (a ∓ b)'),
  decrease: z.boolean().optional().describe('stated-growth and stated-share only: the change printed is a decrease (减少4.65万元)'),
  operands: z.array(Operand).min(1).max(20).describe('figures to combine, each a table cell or a figure printed in a paragraph'),
})
export type ComputeInput = z.infer<typeof ComputeInput>

export interface ComputeOutput {
  op: ComputeInput['op']
  result: { text: string; unit: string; value: number; fen?: number; yuan?: number; wan?: string }
  inputs: Figure[]
  formula: string
}

function operandFigure(corpus: Corpus, o: z.infer<typeof Operand>): Figure | string {
  const v = viewOf(corpus)
  if ('rowId' in o) {
    const ref = v.rowById.get(o.rowId)
    if (!ref) return `no row ${o.rowId}`
    const col = pickColumn(ref.doc, ref.table, ref.row, { role: o.column, label: o.columnLabel, year: o.year })
    return (col && figureOfCell(ref.doc, ref.table, ref.row, col)) || `row ${o.rowId}: the cell is empty`
  }
  const ref = v.paragraphById.get(o.paragraphId)
  if (!ref) return `no paragraph ${o.paragraphId}`
  if (!normalizeText(ref.paragraph.text).includes(normalizeText(o.value))) return `"${o.value}" is not printed in ${o.paragraphId}`
  const amount = parseAmount(o.value, o.unit)
  if (!amount) return `"${o.value}" is not a number`
  return {
    docId: ref.doc.id, org: ref.doc.org, year: ref.doc.year, label: o.value, amount, text: printed(amount), ...moneyFields(amount),
    citation: paragraphCitation(ref.doc, ref.paragraph, undefined, amount.text, amount.unit),
  }
}

/** The two operands are one printed figure: one cell (row and column), or one paragraph's number printed there once. */
function oneFigure(corpus: Corpus, a: z.infer<typeof Operand>, b: z.infer<typeof Operand>, cited: { column?: string; value?: string }[]): boolean {
  if ('rowId' in a && 'rowId' in b) return a.rowId === b.rowId && cited[0].column === cited[1].column
  if ('rowId' in a || 'rowId' in b || a.paragraphId !== b.paragraphId || normalizeText(a.value) !== normalizeText(b.value)) return false
  const text = normalizeText(viewOf(corpus).paragraphById.get(a.paragraphId)?.paragraph.text ?? '').replace(/,/g, '')
  const value = normalizeText(a.value).replace(/,/g, '')
  return text.split(value).length - 1 < 2
}

/** Arithmetic over cited figures, exact in fen for money; the inputs come back as citations. */
export function compute(corpus: Corpus, input: ComputeInput): ToolResult<ComputeOutput> {
  const inputs: Figure[] = []
  for (const o of input.operands) {
    const f = operandFigure(corpus, o)
    if (typeof f === 'string') return { ok: false, error: f, citations: inputs.map((x) => x.citation) }
    inputs.push(f)
  }
  const citations = inputs.map((f) => f.citation)
  // a figure set against itself says nothing: the same cell twice, or the same number of one paragraph that prints it
  // once (a part read where its whole stands)
  if (input.operands.length === 2 && input.op !== 'sum' && oneFigure(corpus, input.operands[0], input.operands[1], citations)) {
    return { ok: false, error: 'both operands are the one figure', citations }
  }
  const money = inputs.every((f) => f.fen !== undefined)
  // rule like-operands: an amount is never set against a count (万元 ÷ 人), nor a count against another kind of count
  // (人 and 名 both count people)
  if (!money && new Set(inputs.map((f) => (f.fen !== undefined ? 'money' : f.amount.unit.replace(/^名$/u, '人')))).size > 1) {
    return { ok: false, error: `operands of different kinds: ${inputs.map((f) => f.amount.unit).join(', ')}`, citations }
  }
  const vals = inputs.map((f) => (money ? f.fen! : Number(f.amount.value)))
  const units = inputs.map((f) => f.amount.unit)
  // (a share of several parts together, "两个项目加起来占总额": the parts summed over the last operand)
  const shareOfSum = input.op === 'share' && inputs.length > 2
  const needTwo = input.op !== 'sum' && !shareOfSum
  if (needTwo && inputs.length !== 2) return { ok: false, error: `${input.op} takes two operands`, citations }
  const [a, b] = shareOfSum ? [vals.slice(0, -1).reduce((s, x) => s + x, 0), vals[vals.length - 1]] : vals
  const names0 = inputs.map((f) => `${f.label}${f.text}`)
  const names = shareOfSum ? [`(${names0.slice(0, -1).join(' + ')})`, names0[names0.length - 1]] : names0
  if (input.op === 'stated-share') {
    // the current figure over the baseline the stated change implies: a ÷ (a + b) after a decrease, a ÷ (a − b) after an increase
    const base = input.decrease ? a + b : a - b
    if (!base || base < 0) return { ok: false, error: 'the implied baseline is not positive', citations }
    const h = percentHundredths(a, base)
    const formula = `${names[0]} ÷ (${names[0]} ${input.decrease ? '+' : '−'} ${names[1]})`
    return { ok: true, op: input.op, result: { text: percentText(h), unit: '%', value: h / 100 }, inputs, formula, citations }
  }
  if (input.op === 'stated-growth') {
    // the baseline is the current figure before the change: a − b after an increase, a + b after a decrease
    const base = input.decrease ? a + b : a - b
    if (!base) return { ok: false, error: 'division by zero', citations }
    const h = percentHundredths(input.decrease ? -b : b, base)
    const formula = `${input.decrease ? '−' : ''}${names[1]} ÷ (${names[0]} ${input.decrease ? '+' : '−'} ${names[1]})`
    return { ok: true, op: input.op, result: { text: percentText(h), unit: '%', value: h / 100 }, inputs, formula, citations }
  }
  if (input.op === 'share' || input.op === 'growth') {
    if (!b) return { ok: false, error: 'division by zero', citations }
    const h = input.op === 'share' ? percentHundredths(a, b) : percentHundredths(a - b, b)
    const formula = input.op === 'share' ? `${names[0]} ÷ ${names[1]}` : `(${names[0]} − ${names[1]}) ÷ ${names[1]}`
    return { ok: true, op: input.op, result: { text: percentText(h), unit: '%', value: h / 100 }, inputs, formula, citations }
  }
  const total = input.op === 'sum' ? vals.reduce((s, x) => s + x, 0) : a - b
  const formula = input.op === 'sum' ? names.join(' + ') : `${names[0]} − ${names[1]}`
  if (money) {
    const r = moneyResult(total, units)
    return { ok: true, op: input.op, result: { ...r, value: Number(r.text.replace(/[^\d.-]/g, '')) }, inputs, formula, citations }
  }
  const unit = units[0]
  const value = Math.round(total * 1e6) / 1e6
  return { ok: true, op: input.op, result: { text: `${value}${unit}`, unit, value }, inputs, formula, citations }
}

export const computeTool: QueryTool<typeof ComputeInput, ComputeOutput> = {
  name: 'compute',
  description: 'Exact arithmetic over cited figures: difference, change between years, share (占比, %, 2 decimals), growth %, sum. Inputs stay as citations.',
  inputSchema: ComputeInput,
  run: (ctx, input) => compute(ctx.corpus, input),
}
