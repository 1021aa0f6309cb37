import { compactText } from '../search/normalize-text.js'
import { z } from 'zod'
import { stageOf, type BudgetDocument, type Corpus } from '../schema.js'
import { scopeDocs } from './lib/doc-scope.js'
import { headedFigure, yearLedSide } from './lib/prose-subjects.js'
import type { Figure } from './lib/figure.js'
import { DocIdInput, NameInput, OrgInput, YearInput } from './lib/inputs.js'
import { resolveInProse, type SentenceFits } from './lib/resolve-prose.js'
import { accountAt, accountFits, namesAccounts, soleAccount, type PlaceAccount } from './lib/prose-account.js'
import { sentencesOf } from './lib/prose.js'
import { stageInProse } from './lib/stage-prose.js'
import { normalizeText } from '../search/normalize-text.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'
import { foldMeaning } from '../read/meaning-view.js'
import { leadItemFigure } from './lib/lead-item.js'
import { finalOverPlanned } from './lib/final-over-planned.js'

/** The 决算 columns the prose states per item ("年初预算为…，支出决算为…，完成年初预算的…%"). */
export const PROSE_COLUMNS = ['initial', 'adjusted', 'final', 'completion', 'change'] as const
export type ProseColumn = (typeof PROSE_COLUMNS)[number]
export const isProseColumn = (role: string): role is ProseColumn => (PROSE_COLUMNS as readonly string[]).includes(role)

export const FindProseFigureInput = z.object({
  name: NameInput.describe('concept as written in prose: 社会保障和就业支出, 三公经费, 机关运行经费, 编制, 科室, 车辆'),
  kind: z.enum(['money', 'count']).default('money').describe('money (元/万元) or a count (名, 人, 个, 辆)'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
  unit: z.string().max(4).optional().describe('the unit a count is asked in (场, 期): counts printed in it or as 场次 are read, instead of the usual 名/人/个/辆/项'),
  near: z.array(z.string()).max(5).optional().describe('prefer sentences that also name one of these words, e.g. ["中心"] for the centre inside a bureau’s document'),
  asPrinted: z.boolean().optional().describe('read the name as the prose prints it ("收入总计", "本年收入合计" of a 决算), not as the concept it stands for'),
  asWritten: z.string().max(40).optional().describe('the question\'s own words for the concept (总收入), tried first where the prose prints them'),
  account: z.enum(['own', 'whole']).optional()
    .describe('of a place\'s 财政 report: own = its 本级 (区本级/县本级), whole = the whole place (全区/全县); unset reads the whole place first'),
  ownYearOnly: z.boolean().optional().describe('read only sentences of the document\'s own year: those under a section of another year ("一、2024年预算执行情况" in a 2025 report) are skipped'),
  paragraphId: z.string().max(200).optional().describe('read only this paragraph (one a sum is split in, 其中…)'),
  column: z.enum(PROSE_COLUMNS).optional()
    .describe('a 决算 column as the prose writes it: initial 年初预算为…, adjusted 调整预算为…, final 支出决算为…, completion 完成年初预算的…%'),
})
export type FindProseFigureInput = z.input<typeof FindProseFigureInput>

/** The figure the prose states next to a concept (for prose-only documents, empty tables, counts), per document. */
export function findProseFigure(corpus: Corpus, input: FindProseFigureInput, v: Vocabulary): ToolResult<{ figures: Figure[] }> {
  const once = (doc: BudgetDocument, fits?: SentenceFits) => (input.column ? stageInProse(v, doc, input.name, input.column, input.asWritten && compactText(input.asWritten), fits) : finalOverPlanned(v, doc, input.name, resolveInProse(v, doc, input.name, input.kind ?? 'money', input.near, input.unit, input.asPrinted, fits, input.ownYearOnly)))
  const read = (doc: BudgetDocument) => inAccount(doc, input.account, input.name, (fits) => once(doc, inParagraph(doc, input.paragraphId, fits))) ??
    ownSidePart(doc, input, (name, fits) => resolveInProse(v, doc, name, 'money', undefined, undefined, true, inParagraph(doc, input.paragraphId, fits), input.ownYearOnly))
  // (a name printed nowhere whole: an item of a list whose lead says the rest, rule lead-item)
  const listed = (doc: BudgetDocument) => (!input.column && !input.account && !input.paragraphId && (input.kind ?? 'money') === 'money' ? leadItemFigure(doc, input.name) : undefined)
  // (a name printed only as the heading over its paragraph, "三、公务接待费": the amount its opening sentence states)
  const headed = (doc: BudgetDocument) => (!input.column && !input.account && !input.paragraphId && (input.kind ?? 'money') === 'money' ? headedFigure(doc, input.name, input.ownYearOnly) : undefined)
  // (a side's whole stated as "2018年收入…元,支出…元", its bare side word right after the year: rule year-led-side)
  const yearLed = (doc: BudgetDocument) => (!input.column && !input.account && !input.paragraphId && (input.kind ?? 'money') === 'money' ? yearLedSide(doc, input.name) : undefined)
  const figures = scopeDocs(corpus, input).flatMap((doc) => read(doc) ?? listed(doc) ?? headed(doc) ?? yearLed(doc) ?? [])
  if (!figures.length) return { ok: false, error: `no figure stated in prose for ${input.name}${input.account ? ` (${input.account === 'own' ? '本级' : '全区/全县'})` : ''}`, citations: [] }
  return { ok: true, figures, citations: figures.flatMap((f) => (f.lead ? [f.lead, f.citation] : [f.citation])) }
}

/** Sentences of one paragraph only, when one is named (and fitting the account, when one is asked). */
function inParagraph(doc: BudgetDocument, paragraphId: string | undefined, fits?: SentenceFits): SentenceFits | undefined {
  if (!paragraphId) return fits
  const only = doc.paragraphs.findIndex((p) => p.id === paragraphId)
  return (pi, start, at) => pi === only && (!fits || fits(pi, start, at))
}

/**
 * Rule place-account: a place's report read for the account asked, the figure carrying the account the prose states
 * it for (区本级, 全区). Asked nothing, the whole place is read first, then its 本级, so that a
 * report stating only its 本级 still answers, saying so.
 */
function inAccount(doc: BudgetDocument, asked: PlaceAccount | undefined, name: string, read: (fits?: SentenceFits) => Figure | undefined): Figure | undefined {
  if (!namesAccounts(doc)) return read()
  const readFor = (account: PlaceAccount | undefined) => {
    const f = read((pi, start, at) => accountFits(doc, account, accountAt(doc, pi, start, at)))
    const word = f && accountOfFigure(doc, f)?.word
    // an organisation held as the account ("某区本级") already says it
    return f && word && !compactText(doc.org).includes(word) ? { ...f, account: word } : f
  }
  // (a report held as a place's 本级 that states the whole place's figures too: asked nothing, the whole place's when
  // no 本级 sentence states it, said as 全区/全县)
  return readFor(asked) ?? (asked ? undefined : readFor('own') ?? (soleAccount(doc) === 'own' ? readFor('whole') : undefined))
}

/**
 * Rule own-side-part: a place's 本级 share of a whole's side, stated by the side word alone after the 本级 ("全省一般公共预算
 * 收入2633.4亿元…。其中:省本级收入385.4亿元"): asked for the 本级's 一般公共预算收入, that figure, when its paragraph
 * names the whole it is part of.
 */
function ownSidePart(doc: BudgetDocument, input: FindProseFigureInput, read: (name: string, fits: SentenceFits) => Figure | undefined): Figure | undefined {
  if (input.account !== 'own' || input.column || (input.kind && input.kind !== 'money') || !namesAccounts(doc)) return undefined
  const name = compactText(input.name)
  const side = /(收入|支出)$/u.exec(name)?.[1]
  const whole = side ? name.slice(0, -side.length) : ''
  if (!side || whole.length < 2) return undefined
  const f = read(side, (pi, start, at) => accountFits(doc, 'own', accountAt(doc, pi, start, at)))
  const p = f && doc.paragraphs.find((x) => x.id === f.citation.paragraphId)
  if (!f || !p || !compactText(foldMeaning(p.text)).includes(whole)) return undefined
  const sentence = compactText(foldMeaning(f.citation.text ?? ''))
  // (the side word right after the 本级 word: "省本级收入", never another subject's 收入 in a 本级 sentence)
  if (!new RegExp(`本级${side}`, 'u').test(sentence)) return undefined
  const word = accountOfFigure(doc, f)?.word
  return word ? { ...f, account: word } : f
}

/** The account of the sentence a prose figure was read from. */
function accountOfFigure(doc: BudgetDocument, f: Figure) {
  const pi = doc.paragraphs.findIndex((p) => p.id === f.citation.paragraphId)
  if (pi < 0) return undefined
  // the quote may be cut (……): its longest piece names the sentence
  const piece = normalizeText(foldMeaning(f.citation.text ?? '')).split('……').sort((a, b) => b.length - a.length)[0]?.trim()
  const s = piece ? sentencesOf(doc.paragraphs[pi].text).find((x) => x.text.includes(piece) || piece.includes(x.text.trim())) : undefined
  return s && accountAt(doc, pi, s.start, Math.max(0, s.text.indexOf(f.amount.text)))
}

export const findProseFigureTool: QueryTool<typeof FindProseFigureInput, { figures: Figure[] }> = {
  name: 'find-prose-figure',
  description: 'Read a figure stated in the documents’ prose next to a concept: money (预算 75.02万元) or counts (编制25名, 内设7个科室, 车辆2辆). Cites the paragraph.',
  inputSchema: FindProseFigureInput,
  run: (ctx, input) => findProseFigure(ctx.corpus, input, vocabularyIn(ctx)),
}
