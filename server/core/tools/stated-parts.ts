import { z } from 'zod'
import type { BudgetDocument, Citation, Corpus, Paragraph } from '../schema.js'
import { normalizeText } from '../search/normalize-text.js'
import { parseAmount } from '../parse/amount.js'
import { paragraphCitation } from './lib/citation.js'
import { viewOf } from './lib/corpus-view.js'
import { moneyFields, type Figure } from './lib/figure.js'
import { printed } from './lib/money.js'
import { roundingSlack } from '../checks/money.js'
import type { QueryTool, ToolResult } from './types.js'

export const StatedPartsInput = z.object({
  paragraphId: z.string().describe('the paragraph that states the whole, from find-prose-figure'),
  value: z.string().describe('the whole\'s amount exactly as printed there, e.g. "11376591.44"'),
})
export type StatedPartsInput = z.infer<typeof StatedPartsInput>

export interface StatedPartsOutput {
  whole: Figure
  /** the parts in the order printed, each with its own sentence's citation */
  parts: Figure[]
  /** the parts add up to the whole (within the rounding of their printed digits) */
  complete: boolean
}

/** Where a list of the whole's parts begins, right after its amount (or its sentence's full stop): 其中, 包括, 分别为, 具体为, 由…构成/组成. */
const LEAD = /^(?:[^。；;]{0,24}?|\s*。\s*)(?:其中|包括|包含|具体(?:为|是|包括)|分别(?:为|是)|由|构成如下|组成如下)\s*[:：]?/u
/** A numbered item's mark, by its kind: 1. / 1、 (num), (1) (pnum), （一） (phan), 一、 (han) */
const MARKS: [RegExp, string][] = [
  [/^\s*\d{1,2}\s*[.、．]/u, 'num'],
  [/^\s*[(（]\s*\d{1,3}\s*[)）]/u, 'pnum'],
  [/^\s*[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]/u, 'phan'],
  [/^\s*[一二三四五六七八九十]{1,3}\s*、/u, 'han'],
]
const markOf = (text: string) => MARKS.find(([re]) => re.test(text))?.[1]
/** One part: its name, a joining word, its amount and unit (the share printed after it is no part). */
const PART = /^\s*(?:其中\s*[:：]?)?(?:\d{1,2}\s*[.、．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)?\s*([^\d，,；;。：:、（()）]{2,30}?)\s*(?:为|是|达|共计|合计|计|安排|预算|决算)?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/u
/** Words that open no part: a change, a share, a comparison, a total said again. */
const NOT_A_PART = /^(?:比|较|同比|与|增|减|下降|上升|占|合计|总计|共计|其中)/u

/**
 * The paragraphs the list runs over: the whole's own, then the next ones while the list goes on (its sentence left open
 * with ；/：, or items numbered alike). An item numbered as the whole's own paragraph is ("(二)支出预算…" after "(一)收入预算…")
 * is the next subject, never a part.
 */
function listText(doc: BudgetDocument, p: Paragraph, from: number): { text: string; used: Paragraph[] } {
  const used = [p]
  let text = p.text.slice(from)
  const own = markOf(p.text)
  let kind: string | undefined
  for (let i = p.index + 1; i < doc.paragraphs.length && used.length < 8; i++) {
    const next = doc.paragraphs[i]
    const mark = markOf(next.text)
    if (next.heading || (mark && mark === own) || (kind && mark !== kind) || !/\d\s*(?:亿元|万元|千元|元)/u.test(next.text)) break
    if (!mark && !/[；;：:，,、]\s*$/u.test(text)) break
    kind ??= mark
    used.push(next)
    text += `；${next.text}`
  }
  return { text, used }
}

/**
 * The parts a paragraph states of a whole it prints ("2024年收入预算11376591.44元,其中:本年财政拨款收入9538991.44元,
 * 占83.85%;上年结转1837600元,占16.15%。"), each part's name and amount as printed, read from the list that follows the
 * whole's amount (其中, 包括, 分别为…) in its paragraph and the items that continue it. Fails when the paragraph lists no
 * two parts, or when they add up to more than the whole.
 */
export function statedParts(corpus: Corpus, input: StatedPartsInput): ToolResult<StatedPartsOutput> {
  const ref = viewOf(corpus).paragraphById.get(input.paragraphId)
  if (!ref) return { ok: false, error: `no paragraph ${input.paragraphId}`, citations: [] }
  const { doc, paragraph } = ref
  const value = normalizeText(input.value).replace(/,/gu, '')
  const flat = paragraph.text.replace(/(\d),(?=\d{3})/gu, '$1')
  const at = flat.search(new RegExp(`(?<![\\d.])${value.replace('.', '\\.')}(?![\\d.])`, 'u'))
  if (at < 0) return { ok: false, error: `"${input.value}" is not printed in ${input.paragraphId}`, citations: [] }
  const unitM = /^\s*(亿元|万元|千元|元)/u.exec(flat.slice(at + value.length))
  const wholeAmount = unitM ? parseAmount(value, unitM[1]) : undefined
  if (!wholeAmount || wholeAmount.fen === undefined) return { ok: false, error: `"${input.value}" is no amount of money`, citations: [] }
  const after = flat.slice(at + value.length + unitM![0].length)
  const lead = LEAD.exec(after)
  if (!lead) return { ok: false, error: 'no list of parts follows the amount', citations: [] }
  const start = flat.length - after.length + lead[0].length
  // (read on the paragraph with its separators dropped: offsets into the printed text are not needed, names are quoted from the sentence)
  const { text, used } = listText(doc, { ...paragraph, text: flat }, start)
  const parts: Figure[] = []
  const citations: Citation[] = []
  const whole: Figure = {
    docId: doc.id, org: doc.org, year: doc.year, label: input.value, amount: wholeAmount, text: printed(wholeAmount), ...moneyFields(wholeAmount),
    citation: paragraphCitation(doc, paragraph, undefined, wholeAmount.text, wholeAmount.unit),
  }
  for (const seg of text.split(/[；;。]|[，,](?=[^，,；;。]*\d)/u)) {
    const m = PART.exec(seg)
    if (!m) continue
    const name = m[1].replace(/^(?:其中|的)/u, '').replace(/(?:的|为)$/u, '').trim()
    if (name.length < 2 || NOT_A_PART.test(name)) continue
    const amount = parseAmount(m[2].replace(/,/gu, ''), m[3])
    if (!amount || amount.fen === undefined) continue
    const source = used.find((p) => p.text.replace(/(\d),(?=\d{3})/gu, '$1').includes(seg.trim())) ?? paragraph
    const citation = paragraphCitation(doc, source, undefined, amount.text, amount.unit)
    parts.push({ docId: doc.id, org: doc.org, year: doc.year, label: name, amount, text: printed(amount), ...moneyFields(amount), citation })
    citations.push(citation)
  }
  if (parts.length < 2) return { ok: false, error: 'fewer than two parts are listed', citations: [] }
  const sum = parts.reduce((s, f) => s + (f.fen ?? 0), 0)
  // (a part of each of several wholes, or the next list's figures read on, is no part of this one)
  const slack = roundingSlack([wholeAmount, ...parts.map((f) => f.amount)]) + 1
  if (sum > whole.fen! + slack) return { ok: false, error: 'the amounts listed add up to more than the whole', citations: [] }
  return { ok: true, whole, parts, complete: Math.abs(sum - whole.fen!) <= slack, citations: [whole.citation, ...citations] }
}

export const statedPartsTool: QueryTool<typeof StatedPartsInput, StatedPartsOutput> = {
  name: 'stated-parts',
  description: 'The parts a paragraph lists of a whole it states (其中/包括/分别为 after the amount), each with its printed amount and citation, and whether they add up to the whole.',
  inputSchema: StatedPartsInput,
  run: (ctx, input) => statedParts(ctx.corpus, input),
}
