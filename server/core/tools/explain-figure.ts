import { orgLike } from '../parse/meta-rules.js'
import { z } from 'zod'
import type { Amount, BudgetDocument, Citation, Corpus, MoneyUnit, Paragraph } from '../schema.js'
import { parseAmount } from '../parse/amount.js'
import { compactText, escapeRegExp } from '../search/normalize-text.js'
import { foldMeaning } from '../read/meaning-view.js'
import { paragraphCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { DocIdInput, NameInput, OrgInput, YearInput } from './lib/inputs.js'
import { fenOf, printed } from './lib/money.js'
import { ENUMERATED, movedPartReason, PART_PARAGRAPHS, partReason, partsInNext, partsReason, reasonInParts } from './lib/part-reason.js'
import { readingFor } from './lib/distributive.js'
import { baselineStage, changeAfter, changeAgainst, changeAgainstPrior, comparedOpening, listedChange, ownBudgetBaseline, excerptFrom, FLAT_RE, moneyAfter, MONEY_RE, proseSentences, REASON_LEAD, sentencesOf, type ChangeStatement } from './lib/prose.js'
import { viewOf } from './lib/corpus-view.js'
import { changeAtFigure } from './lib/figure-anchored-change.js'
import { restatedChange } from './lib/restated-change.js'
import { rowReason } from './lib/row-reason.js'
import { budgetGapReason, gapReasonIn, type BudgetGapReason } from './lib/budget-gap-reason.js'
import { verbatimQuote } from './lib/verbatim.js'
import { samePrinted } from './lib/printed-precision.js'
import { proseKeywords } from './lib/resolve-prose.js'
import { headingLabel, isGenericAmountWord, subjectStem } from './lib/prose-subjects.js'
import type { QueryTool, ToolResult } from './types.js'
import { bigramsOf } from '../search/bigrams.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'
import { accountAt, accountFits, namesAccounts } from './lib/prose-account.js'
import { sectionYear } from './lib/section-year.js'

export const ExplainFigureInput = z.object({
  name: NameInput.describe('the figure’s concept: 项目支出, 基本支出, 收入预算, 城乡医疗救助, 机关运行经费'),
  fen: z.number().int().optional().describe('the figure in fen (0.01 元), to pick the sentence that states it'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
  about: z.enum(['change', 'usage', 'budget-gap']).optional().describe('change (default): 比上年增减 and 主要原因; usage: what it is for (主要用于…); budget-gap: why the 决算 is above or below the 年初预算'),
  rowId: z.string().max(200).optional().describe('the table row the figure was read from: a reason its table prints beside it (增减原因 column) answers when the prose gives none'),
  asWritten: z.string().max(40).optional().describe('the words the question used for the concept, read before its usual prose forms: 财政拨款收入 for 收入预算'),
  account: z.enum(['own', 'whole']).optional()
    .describe('of a place\'s 财政 report: own = its 本级 (区本级/县本级), whole = the whole place (全区/全县); unset reads the whole place'),
  baseline: z.enum(['budget', 'final']).optional()
    .describe('the stage of last year\'s figure asked against: final for 比上年决算, budget for 比上年预算/年初预算; a sentence printing both gives that one'),
})
export type ExplainFigureInput = z.input<typeof ExplainFigureInput>

export interface Explanation {
  docId: string
  org: string
  year: number
  sentence: string
  /** the sentence as printed (punctuation, quotes, spacing), cuts marked …… */
  quote?: string
  /** the lines of the paragraph the quote comes from */
  lines?: number[]
  change?: {
    direction: 'up' | 'down' | 'flat'
    text?: string
    baseline: string
    /** the baseline year (2023 for "比2023年", the document's year − 1 for "上年") */
    baselineYear?: number
    /** the baseline year's amount when the sentence prints it, as printed with its unit */
    baselineAmount?: Amount
    /** the percent printed with the change ("增加37.76万元，增长9.26%") */
    percent?: string
    /** the year the changed figures are of, when the sentence names another than the document's ("2024年度…支出决算…") */
    year?: number
  }
  reason?: string
  /** the paragraph after the change that states its reason ("财政拨款收入支出增加的主要原因是…"), quoted as printed */
  reasonQuote?: string
  /** what the money is for, as the sentence says ("主要用于…") */
  usage?: string
  /** what the money is, as the sentence says after its amount ("上年结转…万元，为…结转资金") */
  nature?: string
  /** the sentence states the figure itself (not only the concept) */
  anchored: boolean
  /** the first amount the sentence states for the concept, in fen (to find the table figure it speaks of) */
  statedFen?: number
  /** that amount as printed, with its unit */
  statedAmount?: Amount
}

/** Another subject right after a fund's words: they qualify it (一般公共预算财政拨款“三公”经费, …拨款基本支出). */
const QUALIFIED_AFTER = /^(?:三公经费|三公|机关运行经费|基本支出|项目支出|人员经费|公用经费|政府采购)/u

// (moved first, "已全部调剂用于防汛救灾和应急处置")
const USAGE = /(?:主要|全部|全额|专门|专项|均|都)(?:是)?(?:调剂|统筹|安排)?用于(.+?)(?=[，,]\s*(?:比|较|与|主要原因|主要是)|[。；;]|$)/
/** A sentence after the figure's that still speaks of it: "…10万元。该项经费预算根据…计划安排；主要是用于…", "支出经费使用严格按照…规定,用于…" */
const STILL_OF_IT = /^(?:(?:该|此|这)(?:项|笔)?(?:经费|资金|费用|支出|预算|项目)|主要(?:是)?用于|(?:支出)?(?:经费|资金)(?:的)?使用)/
/** The reason of the figure's change, between it and what it is for: "减少的主要原因是…" (passed over). */
const CHANGE_REASON = /^(?:增加|减少|增长|下降|上升|降低|持平|变动|变化)?的?主要原因/u
function useAfter(ss: { text: string }[], i: number): RegExpExecArray | null {
  for (let j = i + 1; j <= i + 3 && j < ss.length; j++) {
    const t = ss[j].text.trim()
    if (CHANGE_REASON.test(t)) continue
    if (!STILL_OF_IT.test(t)) return null
    const m = USAGE.exec(t) ?? BARE_USE.exec(t)
    if (m) return m
  }
  return null
}
/** "…支出150.00万元，为…（项），用于老旧小区微更新": a bare 用于 after the subject's own amount ("，为用于教育事业的彩票公益金" too; never a definition's 指…用于). */
const BARE_USE = /[，,]\s*(?:为|是)?用于(.+?)(?=[，,]\s*(?:比|较|与|主要原因|主要是)|[。；;]|$)/
/**
 * "…60.00万元，占3.74%，为2023年某项目未完成任务结转资金", "其他收入12.50万元（为闲置房屋出租收入）": after the
 * subject's own amount (and its share), what the money is, closed by a word for money; read only when what it is for
 * is asked.
 */
/** What a subject is, said right after its name opening a sentence: 主要是…, 全部为…, 来自… (rule opening-nature). */
const OPENING_NATURE = /^(?:主要|全部|均)?(?:是|为|来自|来源于)([^，,。；;\d]{4,60}?)(?=[。；;]|$)/u
const DESCRIBED = /^[^，,。]{0,12}?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)(?:[，,]\s*占[^，,。；;]{0,16})?(?:[，,]|[（(])\s*(?:主要|全部|均)?(?:为|系|属于?|是)([^，,。；;]{4,40}?(?:资金|经费|款项|拨款|补助|补贴|收入|支出|[^经]费))(?=[，,。；;）)]|$)/
const boundUse = (rest: string) => (/^[^，,。]{0,12}?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)/.test(rest) && !/^[^。]{0,8}[:：]?\s*指/.test(rest) ? BARE_USE.exec(rest) : null)


/** "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）…": a 类/款 heading names where the subject sits, not the subject. */
const QUALIFIES = /^\p{Script=Han}{0,4}\s*\((?:类|款)\)\s*\p{Script=Han}/u
/** "…（款）城乡医疗救助（项）", "其他医疗救助支出（项）": 医疗救助 inside a longer classified name is another subject. */
const LEVEL_AFTER = /^(\p{Script=Han}*)\s*\((?:类|款|项)\)/u
const tailOfLonger = (text: string, k: number, keyword: string) => {
  const after = LEVEL_AFTER.exec(text.slice(k + keyword.length))
  return !!after && (after[1].length > 0 || /\p{Script=Han}$/u.test(text.slice(0, k)))
}
function subjectAt(text: string, keyword: string): number {
  const at = subjectPositions(text, keyword)
  // "收入总计…、支出总计…，与上年相比，收、支总计各增加…": the mention the stated change follows, when a later one has it
  if (at.length < 2) return at[0] ?? -1
  let change: ChangeStatement | undefined
  const later = at.find((k) => (change = changeAfter(text, k + keyword.length))?.direction)
  if (later === undefined) return at[0]
  // (…but "2016年三公经费预算33万元,2015年三公经费预算57.55万元,与上年对比减少24.55万元": a later mention under an
  // earlier year is the baseline's figure, the change the first mention's, unless the change names the first's year
  // itself: "2018年基本支出634.71万元，2017年基本支出1197.92万元，2018年比2017年减少…")
  const [y0, y1] = [at[0], later].map((k) => Number(/((?:19|20)\d{2})\s*年度?\s*$/u.exec(text.slice(Math.max(0, k - 8), k))?.[1] ?? NaN))
  return y1 < y0 && change?.subjectYear !== y0 ? at[0] : later
}

/** The whole of a share, a word or two before it: "占本年支出合计的96.44%", "占部门支出总额比重". */
/** "一般公共预算安排“三公”经费21.30万元": a fund that pays for another subject, named after it, is no mention of the fund's own figure */
// (its own spending, "…拨款安排的支出42.00万元", names no other subject)
const FUNDS_OTHER = /^(?:安排|拨付|列支)的?[“"]?\p{Script=Han}{2,12}?[”"]?\p{Script=Han}{0,4}?(?:经费|费|支出|资金)/u
const shareOf = (text: string, k: number, keyword: string) => /占\p{Script=Han}{1,6}$/u.test(text.slice(Math.max(0, k - 7), k)) && /^(?:的\s*\d|的?比重|的?比例)/u.test(text.slice(k + keyword.length))

function subjectPositions(text: string, keyword: string): number[] {
  const out: number[] = []
  for (let k = text.indexOf(keyword); k >= 0; k = text.indexOf(keyword, k + 1)) {
    // (the whole a share is of, "占本年收入合计的88.27%", is no mention of the subject the sentence states)
    // (…nor is it when a word of the whole stands before it: "占本年支出合计的96.44%" has no 支出合计 of its own)
    if (!QUALIFIES.test(text.slice(k + keyword.length)) && !tailOfLonger(text, k, keyword) && !/占$/u.test(text.slice(0, k)) && !shareOf(text, k, keyword) && !FUNDS_OTHER.test(text.slice(k + keyword.length))) out.push(k)
  }
  return out
}

/**
 * The first amount after the subject that is its own figure, not a change ("人员经费拨款增加23.02万元"). In a 决算, a
 * sentence printing the year's 预算 beside its 决算 ("支出预算为14.00万元，支出决算为11.26万元") states the 决算.
 */
function ownFigure(text: string, final = false): Amount | undefined {
  const labelled = final ? /决算数?\s*(?:为|是)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/.exec(text) : null
  if (labelled && /预算/.test(text.slice(0, labelled.index))) return parseAmount(labelled[1], labelled[2] as MoneyUnit)
  // amounts in the reason ("主要是…补助标准由每村10万元提高到…") or after a baseline (比…) are never the subject's own
  const cut = text.search(/主要(?:原因|是)|原因(?:是|为)|[比较]\s*(?:上一?年|去年|\d{4}\s*年)/u)
  const own = cut >= 0 ? text.slice(0, cut) : text
  for (const m of own.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
    if (/(?:增加|减少|增长|下降|新增|压减|增支|减支|增收|减收|增|减)了?\s*$/.test(own.slice(0, m.index))) continue
    return parseAmount(m[1], m[2] as MoneyUnit)
  }
  return undefined
}

/** The amount a sentence states for the subject in one year: "2018年基本支出634.71万元" (the year, then the subject). */
function yearFigure(text: string, year: number, keyword: string): Amount | undefined {
  const flat = compactText(text)
  const at = flat.search(new RegExp(`${year}年度?(?:的)?${escapeRegExp(keyword)}(?:为|是|共)?(?=-?\\d)`, 'u'))
  if (at < 0) return undefined
  const m = new RegExp(MONEY_RE.source).exec(flat.slice(at + String(year).length))
  return m ? parseAmount(m[1], m[2] as MoneyUnit) : undefined
}

/** "收入预算：…6708.11万元，其中：一般公共预算拨款…，政府性基金预算拨款0万元，…" → the head figure only, when a long list follows. */
const withoutList = (text: string) => text.replace(/[，,]\s*其中[:：].{40,}$/, '')

const baselineYearOf = (baseline: string, docYear: number) =>
  /^(\d{4})/.exec(baseline) ? Number(baseline.slice(0, 4)) : /上一?年|去年/.test(baseline) ? docYear - 1 : undefined

/** The year a paragraph's section title names, else the document's. */
// (a paragraph naming the document's own year itself, "2022年度…较2021年度增加", speaks for that year wherever it sits)
const spokenYear = (doc: BudgetDocument, p: Paragraph) => (doc.year && !p.text.includes(`${doc.year}年`) ? sectionYear(doc, p)?.year : undefined) ?? doc.year

const moneyAmounts = (s: string) => [...s.matchAll(new RegExp(MONEY_RE.source, 'g'))].map((m) => parseAmount(m[1], m[2] as MoneyUnit))

/**
 * Does the next sentence continue about the same subject ("收入较2025年减少…" after "收入预算：…")? Only when the
 * keyword heads its sentence: after a list ("…卫生健康支出6567.13万元，住房保障支出49.65万元；支出比2023年减少…")
 * a short subject like 支出 means the whole, not the item asked.
 */
/** A sentence that opens with why the account differs from the budget ("决算数小于预算数的主要原因是…"): an aside. */
const gapAside = (sentence: string) => (gapReasonIn(sentence)?.at ?? Infinity) <= 4

const FLAT_OPENING = new RegExp(`^\\s*(?:${FLAT_RE.source})`)

const BASELINE_THEN_CHANGE = /^((?:19|20)\d{2})年度?(?:年初)?(?:预算|决算|执行)?数?(?:为|是)?\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)\s*[，,；;]\s*(?:19|20)\d{2}年度?(?:年初)?(?:预算|决算)?数?\s*(?:比|较|与)\s*\1年/u
function continues(next: string, keyword: string, heads: boolean): boolean {
  if (/^(?:其中|主要)/.test(next)) return heads
  // "…支出决算为11.26万元，完成预算的80.43%。较上年减少1.59万元…": a sentence that opens with the change names no
  // subject of its own; it is the change of the subject heading the sentence before
  // (the baseline's own amount may stand before the verb: "比2023年度的3,264.78万元增加…")
  // (its stage said too: "较2022年度决算数减少7.54万元")
  // ("…2015年预算45.2万元;对比减少20.20万元": 对比 alone opens it too)
  if (/^(?:较|比|同比|对比)\s*(?:上一?年度?|去年|\d{4}\s*年度?)?\s*(?:年初)?(?:预算|决算)?数?\s*(?:的?\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))?\s*(?:增加|减少|增长|下降)/.test(next)) return heads
  // "…运行维护费支出预算8.2万元；与上年预算数持平，原因：…": likewise a sentence that opens by saying it did not move
  if (FLAT_OPENING.test(next)) return heads
  // "…2016年预算安排8万元。2015年预算数15万元，2016年预算比2015年预算下降46.7%": the baseline year's amount, then the
  // subject's year against it
  if (BASELINE_THEN_CHANGE.test(next)) return heads
  // "…支出预算445.48万元。与上年相比，收、支预算总额各增加…": the subject named after 相比, else the sentence's head
  const compared = comparedOpening(next)
  if (compared !== undefined) return compared ? sameSides(compared, keyword) || compared.includes(keyword) || (heads && keyword.includes(compared)) : heads
  const subject = /^(.{2,12}?)(?:较|比|与)/.exec(next)?.[1]
  return !!subject && (subject.includes(keyword) || (heads && keyword.includes(subject)))
}

/** The first change stated right after one of a sentence's figures. */
function changeAfterAnyFigure(text: string): ReturnType<typeof changeAfter> {
  for (const m of text.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
    // (the parts listed after 其中 are the whole's parts: their changes are theirs, rule part-between)
    if (/其中/u.test(text.slice(0, m.index))) break
    const ch = changeAfter(text, m.index! + m[0].length)
    if (ch?.direction) return ch
  }
  return undefined
}

/** "3.公务接待费。" "（二）机关运行经费：": a sentence that only names the subject, as a title for the sentences after it. */
// (its 类-款-项 path around it too: "（三）卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）。")
const isTitle = (sentence: string, keyword: string) =>
  sentence.replace(/^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|\d+\.)?\s*/u, '').replace(/[。.:：;；\s]+$/, '')
    .replace(/^(?:\p{Script=Han}+\s*[(（](?:类|款)[)）]\s*)+/u, '').replace(/\s*[(（](?:类|款|项)[)）]$/u, '') === keyword

/** "收、支总计" / "收支预算总额" speak of both sides: of 收入… and of 支出… alike. */
const BOTH_SIDES = /收[、,，]?支|收入[、,，和及]?支出/
const sameSides = (subject: string, keyword: string) => BOTH_SIDES.test(subject) && (BOTH_SIDES.test(keyword) || /收入|支出/.test(keyword))

/** The keyword at `k` comes before the sentence's first money figure: the sentence is about it. */
const headsSentence = (s: string, k: number) => {
  const m = new RegExp(MONEY_RE.source).exec(s)
  return !m || k < m.index
}

/** "财政拨款收入支出增加的主要原因是：…" — a paragraph of its own giving the reason for the change stated before it. */
const REASON_HEAD = /^(?<subject>[^。；;，,：:]{0,24}?)(?<dir>增加|增长|上升|提高|减少|下降|降低|压减)的?(?:主要)?原因(?:主要)?(?:是|为)?[:：]?\s*(?<reason>[^。；;]+)/
/** "2024年度“三公”经费支出决算小于上年决算数的主要情况:新购车辆…": the reason set against last year's accounts */
const COMPARED_HEAD = /^(?<subject>[^。；;，,：:]{0,30}?)(?<dir>大于|小于|高于|低于|多于|少于|超过)上年(?:决算数?|预算数?)?的?(?:主要)?(?:情况|原因)[:：]\s*(?<reason>[^。；;]+)/u
const GENERIC = /^(?:支出|收入|预算|经费|拨款|资金|项目)$/
/** The reason's subject is the keyword's own item, named (not a generic word of the account). */
const namesItself = (subject: string, keyword: string) => !!subject && !GENERIC.test(subject) && (subject.includes(keyword) || keyword.includes(subject.replace(/(?:支出|经费|费用|费)$/u, '')))

/** Is the reason's subject the change's? The same words (a 2-character run beyond 支出/收入/预算), or 财政拨款 over its parts. */
export function sameSubject(subject: string, keyword: string): boolean {
  // "预算减少的主要原因是…": the account's own word names no other subject
  if (!subject || GENERIC.test(subject)) return true
  if (subject.includes(keyword) || keyword.includes(subject)) return true
  if (/财政拨款/.test(subject) && /财政拨款|一般公共预算|政府性基金|国有资本经营|^(?:收入|支出)(?:预算)?$/.test(keyword)) return true
  // two items of one family share their head (公务用车购置 and 公务用车运行维护): the words after it tell them apart
  let k = 0
  while (k < subject.length && k < keyword.length && subject[k] === keyword[k]) k++
  const rest = subject.slice(k).replace(/(?:支出|经费|费用|费|预算数?|决算数?|资金)$/u, '')
  if (k >= 2 && rest.length >= 2 && !keyword.includes(rest)) return false
  return bigramsOf(keyword).some((bi) => !GENERIC.test(bi) && subject.includes(bi))
}

/**
 * The reason stated in one of the two paragraphs after a change ("…比2023年预算增加0.46万元。" then
 * "财政拨款收入支出增加的主要原因是…"): same direction, same subject, before any heading.
 */
export function reasonAfter(paragraphs: { text: string; heading: boolean }[], from: number, direction: 'up' | 'down', keyword: string) {
  // the whole's reason may follow the enumerated list of its parts ("其中：1.… 2.… 3.…" then "…增加的主要原因是…")
  let plain = 0
  for (let j = from + 1; j <= from + 2 + PART_PARAGRAPHS && j < paragraphs.length; j++) {
    const q = paragraphs[j]
    if (q.heading) break
    // (past two plain paragraphs, only a reason that names the subject itself: "公务用车运行维护支出增长的原因…" after
    // another item's reason and its details)
    if (!ENUMERATED.test(q.text) && ++plain > 4) break
    for (const s of sentencesOf(q.text)) {
      // (the 三公 template's "…决算小于上年决算数的主要情况:…": the reason for the change against last year)
      const m = REASON_HEAD.exec(s.text.trim())?.groups ?? COMPARED_HEAD.exec(s.text.trim())?.groups
      if (!m) continue
      const up = /增加|增长|上升|提高|大于|高于|多于|超过/.test(m.dir)
      if (up !== (direction === 'up') || !sameSubject(m.subject, keyword)) continue
      if (plain > 2 && !namesItself(m.subject, keyword)) continue
      return { index: j, reason: m.reason.trim(), sentence: s.text.trim() }
    }
  }
  return undefined
}

/** The prose forms of the concept, the question's own words first when they are more specific ("财政拨款收入" before 收入预算). */
function keywordsFor(v: Vocabulary, input: ExplainFigureInput): string[] {
  const keywords = proseKeywords(v, input.name, 'money').keywords
  const own = input.asWritten ? compactText(input.asWritten) : ''
  return own.length >= 3 && !keywords.includes(own) ? [own, ...keywords] : keywords
}

const stated = (a: Amount | undefined) => (a ? { statedFen: fenOf(a), statedAmount: a } : {})

/**
 * A change as the prose states it. `spoken`: the year the paragraph's section speaks of ("一、2023年预算执行情况" in a
 * 2024 report): its 上年 is 2022, and its changes are that year's (rule section-year-change).
 */
const changeOf = (ch: ChangeStatement | undefined, docYear: number, spoken = docYear): Explanation['change'] =>
  ch?.direction
    ? {
        direction: ch.direction, text: ch.amount ? printed(ch.amount) : undefined, baseline: ch.baseline,
        baselineYear: baselineYearOf(ch.baseline, ch.subjectYear ?? spoken), ...(ch.baselineAmount ? { baselineAmount: ch.baselineAmount } : {}),
        ...((ch.subjectYear ?? spoken) !== docYear ? { year: ch.subjectYear ?? spoken } : {}),
        ...(ch.percent ? { percent: ch.percent } : {}),
      }
    : undefined

/** No sentence names the concept with a change: the change printed right after the figure itself, if one does. */
function atFigure(doc: BudgetDocument, fen: number, keyword: string) {
  // a paragraph whose heading names another subject (收入预算 when 支出预算 is asked) states that subject's change
  const label = (i: number) => headingLabel(doc, i)
  // a heading naming both sides (收支预算总体情况) speaks for either side's total
  const own = (i: number) => { const l = label(i); return !l || compactText(keyword).includes(l) || l.includes(compactText(keyword)) || (/收支/u.test(l) && /收入|支出/u.test(keyword)) }
  const hit = changeAtFigure(doc.paragraphs, fen, own)
  if (!hit) return undefined
  const p = doc.paragraphs[hit.index]
  const amount = moneyAmounts(hit.sentence).find((a) => !!a && samePrinted(a, fen))
  // (a reason naming the side, "收支增加的主要原因是…", closing the paragraph after the parts listed)
  const after = sentencesOf(p.text).map((x) => x.text.trim())
  const at = after.findIndex((x) => x.includes(hit.sentence.trim()) || hit.sentence.includes(x))
  const side = !hit.change.reason && hit.change.direction && hit.change.direction !== 'flat' && at >= 0 ? sideReason(after.slice(at + 1), hit.change.direction) : undefined
  const sentence = side ? `${hit.sentence.replace(/[。；;]$/, '')}。……${side.text}` : hit.sentence
  return {
    docId: doc.id, org: doc.org, year: doc.year, sentence, lines: p.lines, score: 4,
    change: changeOf(hit.change, doc.year, spokenYear(doc, p)), reason: hit.change.reason ?? side?.reason, anchored: true, statedFen: fen,
    ...(amount ? { statedAmount: amount } : {}),
    citation: paragraphCitation(doc, p, sentence), source: p.printed ?? p.text, at: hit.index, keyword,
  }
}

/** A gap reason as an explanation: no change against last year, only the reason, quoted as printed. */
function gapExplanation(doc: BudgetDocument, gap: BudgetGapReason, keyword: string) {
  const p = doc.paragraphs[gap.index]
  const citation = paragraphCitation(doc, p, gap.sentence)
  return {
    docId: doc.id, org: doc.org, year: doc.year, sentence: gap.sentence, quote: citation.text ?? gap.sentence, lines: p.lines,
    reason: gap.reason, anchored: false, score: 2, citation, source: p.printed ?? p.text, at: gap.index, keyword,
  }
}

/** "“三公”经费下降的主要原因是…": a later sentence naming the subject again with the reason for its movement. */
// (between the name and its movement only the words of an amount — 支出, 经费, 预算数 —, never another item's words:
// "公务用车购置增长的原因" is not 公务用车运行维护's)
const MOVED_REASON = /^((?:支出|经费|费用|费|预算数?|决算数?|资金|总额|金额|数|的)*)(?:增加|减少|下降|增长|上升|降低|变动|变化|增减)的?(?:主要)?原因(?:是|为|在于|系)?[:：]?\s*(.+?)[。；;]?$/
/** A subject named with its year and fund before it: still the sentence's subject. */
// (or as a part of the 三公 after the whole's words: "2023年度一般公共预算财政拨款“三公”经费支出决算公务接待增加的…")
const SUBJECT_LEAD = /^(?:(?:19|20)\d{2}年度?)?(?:一般公共预算)?(?:财政拨款)?(?:[“"]?三公[”"]?经费(?:支出)?(?:决算|预算)?数?中?)?$/u

function laterReason(sentences: string[], keyword: string): { reason: string; text: string } | undefined {
  // (a …费 named without its 费, "公务接待增加的主要原因是…", is still its own)
  const keys = /费$/u.test(keyword) && keyword.length >= 5 ? [keyword, keyword.slice(0, -1)] : [keyword]
  for (const t of sentences) for (const key of keys) {
    const at = t.indexOf(key)
    // (the subject may be named with its year and fund before it: "2022年度一般公共预算财政拨款“三公”经费…减少的主要原因是…")
    if (at < 0 || (at > 4 && !SUBJECT_LEAD.test(t.slice(0, at)))) continue
    const m = MOVED_REASON.exec(t.slice(at + key.length))
    if (m && m[2].length >= 4) return { reason: m[2], text: t.replace(/[。；;]$/, '') }
  }
  return undefined
}

/** "决算数较上年减少原因是…": the reason for the change against last year of the figure just stated. */
const PRIOR_REASON = /^(?:决算数?|支出(?:决算)?数?|预算数?)?(?:较|比)上年(?:决算数?|同期)?(增加|增长|上升|提高|减少|下降|降低)的?(?:主要)?原因(?:是|为|在于|系)?[:：]?\s*(.+?)[。；;]?$/u
/** The first of `sentences` a reason pattern reads for a change of `direction` (its group 1 the direction word, group 2 the reason). */
function reasonOf(re: RegExp, sentences: string[], direction: 'up' | 'down'): { reason: string; text: string } | undefined {
  for (const t of sentences) {
    const m = re.exec(t)
    if (m && /增|上升|提高/u.test(m[1]) === (direction === 'up') && m[2].length >= 4) return { reason: m[2], text: t.replace(/[。；;]$/, '') }
  }
  return undefined
}

/** "收支增加的主要原因是…", "支出减少的原因是…": the reason of the side's change just stated, the side named, no baseline. */
const SIDE_REASON = /^(?:收支|收入|支出)(?:总额|总计|预算)?(增加|增长|上升|提高|减少|下降|降低)的?(?:主要)?原因(?:是|为|在于|系)?[:：]?\s*(.+?)[。；;]?$/u
const sideReason = (sentences: string[], direction: 'up' | 'down') => reasonOf(SIDE_REASON, sentences, direction)
/** The question's own words for the concept when they name one thing (本年支出合计), not a bare side word (支出, 收入). */
const specificAsWritten = (w: string | undefined) => !!w && compactText(w).length >= 4 && !isGenericAmountWord(compactText(w))

const priorReason = (sentences: string[], direction: 'up' | 'down') => reasonOf(PRIOR_REASON, sentences, direction)

/** A clause giving a change's reason inside a sentence: "…,增长的主要原因是一位副主席出国计划…". */
// (the subject may be named again by its own words' tail: "接待费减少的原因主要是…" of 公务接待费)
const MOVED_CLAUSE = /(?:^|[，,；;])\s*(\p{Script=Han}{0,8}?)(增加|增长|上升|提高|减少|下降|降低)的?(?:主要)?原因(?:主要)?(?:是|为|在于|系)[:：]?\s*([^。；;]+)/u

/** "减少的主要原因是…": a reason naming no subject, read only for the change right before it (rule bare-reason-after). */
const BARE_REASON = /^(增加|增长|上升|提高|减少|下降|降低|压减)的?(?:主要)?原因(?:主要)?(?:是|为|在于|系)[:：]?\s*(.+?)[。；;]?$/u
/** A change stated with its amount or rate ("减少1.16万元", "增长5%"): a sentence stating one speaks of its own change. */
const STATED_CHANGE = /(?:增加|减少|增长|下降|上升|降低|增减)\s*[\d.]/u
function bareReason(sentences: string[], direction: 'up' | 'down'): { reason: string; text: string } | undefined {
  for (const t of sentences) {
    const r = reasonOf(BARE_REASON, [t], direction)
    if (r) return r
    if (STATED_CHANGE.test(t) || /原因/u.test(t)) return undefined
  }
  return undefined
}

/** "下降的主要原因都是…", "增加的原因均为…": the reason of every change of that direction the paragraph stated before it. */
const SHARED_REASON = /^(增加|增长|上升|提高|减少|下降|降低|压减)的?(?:主要)?原因(?:都|均)(?:是|为|在于|系)?[:：]?\s*(.+?)[。；;]?$/u
const sharedReason = (sentences: string[], direction: 'up' | 'down') => reasonOf(SHARED_REASON, sentences, direction)

/**
 * A body other than the document's own named in the subject's clause right before it: the clause's last words, its
 * year and account words set aside, after the word that introduces them (为, 是, 和…), read as an organisation's name
 * the way titles are (orgLike).
 */
function otherBodyBefore(sentence: string, k: number, org: string): boolean {
  const clause = (sentence.slice(0, k).split(/[，,；;：:。]/u).pop() ?? '').replace(/\s+/gu, '')
  const name = clause.replace(/["“”]$/u, '').replace(/(?:(?:19|20)\d{2}年度?)?(?:部门|单位)?(?:预算|决算)?$/u, '')
  const tail = name.split(/[为是有和及与、]/u).pop() ?? ''
  const own = compactText(org)
  return orgLike(tail) && !own.includes(tail) && !tail.includes(own)
}

/** "(同口径)", "（可比口径）" right after a subject: the figure restated on a comparable basis. */
const COMPARABLE_BASIS = /^\p{Script=Han}{0,4}\s*[(（]\s*(?:同口径|可比口径)\s*[)）]/u
const COMPARABLE_WORD = /同口径|可比口径/u

/** "（主要原因：）一是筹备…运动会，" right before the subject: an item of a list of reasons, its words the reason. */
const ITEM_REASON_BEFORE = /(?:^|[:：；;]\s*)(?:主要原因[:：]?\s*)?[一二三四五六七八九十]是([^，,；;。]{4,40})[，,]\s*$/u

/** The paragraph's heading names the subject alone and none of its sentences names it (rule heading-named-subject). */
function headedBySubject(doc: BudgetDocument, pi: number, keyword: string, sentences: string[]): boolean {
  const label = headingLabel(doc, pi)
  if (!label || subjectStem(label) !== subjectStem(keyword) || subjectStem(keyword).length < 3) return false
  // (named in any form, its quotes and its tail words aside: "“三公”经费财政拨款预算" names 三公经费预算)
  const core = subjectStem(keyword).slice(0, 4)
  return !sentences.some((t) => subjectAt(t, keyword) >= 0 || compactText(t).replace(/[“”"‘’]/gu, '').includes(core))
}

/** What the prose says about a figure: its change against last year and the 主要原因, as one cited sentence. */
/** A 三公 part and the whole its sentence is printed under. */
const PART_OF: [RegExp, string][] = [[/^公务用车(?:运行(?:维护)?费|购置费)$/, '公务用车购置及运行维护费']]

export function explainFigure(corpus: Corpus, input: ExplainFigureInput, v: Vocabulary): ToolResult<{ explanations: Explanation[] }> {
  type Best = Explanation & { score: number; citation: Citation; source: string; at: number; keyword: string; extra?: Citation }
  const out: Best[] = []
  for (const doc of scopeDocs(corpus, input)) {
    let best: Best | undefined
    // "为什么超过年初预算": the 决算 prose's own gap reason answers before any change against last year
    const gap = input.about !== 'usage' ? budgetGapReason(doc, keywordsFor(v, input)) : undefined
    if (gap && input.about === 'budget-gap') { out.push(gapExplanation(doc, gap, input.name)); continue }
    // (a sentence of change and reason found for another form before, kept unless a later form's sentence states the
    // figure itself)
    let held: Best | undefined
    // the question's own words when they name one thing (4+ characters, 本年支出合计: "支出" alone is every item's word)
    const ownName = specificAsWritten(input.asWritten) ? compactText(input.asWritten!) : undefined
    for (const keyword of keywordsFor(v, input)) {
      if (best && !held && best.score >= 4) held = best
      const generic = isGenericAmountWord(keyword)
      for (const [pi, p] of doc.paragraphs.entries()) {
        // rule heading-subject: 年初预算数 under "(一)收入预算:" speaks of the 收入预算 only
        const label = generic ? headingLabel(doc, pi) : undefined
        if (label && !compactText(input.name).includes(label) && !label.includes(compactText(input.name))) continue
        // rule distributive-prose: "收、支总计各减少X,Y万元" is read as the keyword's own subject's sentence
        const printedSs = sentencesOf(p.text)
        // rule heading-named-subject: a paragraph under a heading naming the subject alone ("三、公务接待费" over "2016年预算
        // 安排8万元…。2015年预算数15万元，2016年预算比2015年预算下降46.7%。下降的主要原因是…") that never names it again
        // speaks of it from its first sentence on: that sentence is read as opening with the subject (quoted as printed),
        // the sentences after it as what follows of the subject
        const readings = printedSs.map((x) => readingFor(x.text, keyword))
        const headed = !generic && headedBySubject(doc, pi, keyword, readings)
        const ss = printedSs.map((x, j) => ({ ...x, text: headed && j === 0 ? `${keyword}${x.text.trim()}` : readings[j] }))
        ss.forEach((s, i) => {
          const k = subjectAt(s.text, keyword)
          if (k < 0) return
          // rule place-account: a 本级 sentence never explains the whole place's figure, nor a 全区 one the 本级's
          if (namesAccounts(doc) && !accountFits(doc, input.account, accountAt(doc, pi, printedSs[i].start, k))) return
          // rule another-body-clause: "增加因素为某博物院2015年部门预算“三公经费”增加41.20万元": a body other than the
          // document's own named right before the subject in its clause says whose change it is
          if (otherBodyBefore(s.text, k, doc.org)) return
          // rule qualifies-other: the subject's words naming the fund of another subject right after them
          // ("一般公共预算财政拨款“三公”经费预算8.40万元") explain that subject, never this one
          if (QUALIFIED_AFTER.test(s.text.slice(k + keyword.length).replace(/[“”"‘’]/gu, ''))) return
          let text = excerptFrom(s.text, keyword)
          let ch = changeAfter(s.text, k + keyword.length)
          if (input.baseline && ch?.baseline && baselineStage(ch.baseline) !== input.baseline) ch = changeAgainst(s.text, k + keyword.length, input.baseline) ?? ch
          // rule listed-change: a comparison naming another item first ("与2013年对比,接待费下降9%,公务车运行费下降31%") is
          // that item's change: the keyword's own is the item of the list naming it, or none
          if (ch?.named && !sameSubject(compactText(ch.named), keyword)) ch = listedChange(ch, (name) => sameSubject(compactText(name), keyword) && !GENERIC.test(compactText(name)))
          // (the year's own budget first, last year after it: the change asked is last year's, rule prior-over-own-budget)
          else if (!input.baseline && input.about !== 'budget-gap' && ch?.baseline && ownBudgetBaseline(ch.baseline)) ch = changeAgainstPrior(s.text, k + keyword.length) ?? ch
          // "…支出决算为15.38万元，完成预算的82.69%，决算数小于预算数的主要原因是…。与2023年度决算相比，减少1.67万元": the
          // budget-gap aside between the figure and its change speaks of the same subject; the change after it continues
          const aside = ss[i + 1] && gapAside(ss[i + 1].text.trim()) ? 1 : 0
          const next = ss[i + 1 + aside]?.text.trim()
          let last = i
          let own: Amount | undefined
          const title = isTitle(s.text, keyword)
          // a reason read without a change may be the budget gap's ("…82.69%，决算数小于预算数的主要原因是…"), not a change's
          const gapOnly = !!ch?.reason && !ch.amount && !ch.direction && !!gapReasonIn(ch.clause ?? '')
          // (a "主要是…" after the figure with no change said, what the money is made of, is no reason of a change: the
          // change in the next sentence is still read, "年初结转结余0.73万元,主要是…经费结转。较2022年度决算数减少7.54万元")
          const described = !!ch?.reason && !ch.direction && !ch.amount
          if (!ch?.amount && (!ch?.reason || gapOnly || described) && next && (title || continues(next, keyword, headsSentence(s.text, k)))) {
            // (after a title, the change may follow the year's later figure: "年初预算为…，支出决算为…，与2023年决算…相比减少…")
            const more = changeAfter(next) ?? (title ? changeAfterAnyFigure(next) : undefined)
            if (more) { ch = more; own = more.ownAmount; text = `${title ? text : withoutList(text)}${aside ? '。……' : title ? '。' : '；'}${excerptFrom(next, next.slice(0, 1))}`; last = i + 1 + aside }
          }
          const after = ss[last + 1]?.text.trim()
          if (ch && !ch.reason && after && REASON_LEAD.test(after)) {
            const more = changeAfter(after)
            if (more?.reason) {
              ch = { ...ch, reason: more.reason }; text = `${text}。${excerptFrom(after, after.slice(0, 1))}`
              // "主要原因：一是…；二是…；三是…": the enumerated reasons run on past the first "；"
              for (let j = last + 2; /一是/.test(after) && j < ss.length && /^[二三四五六七八九十]是/.test(ss[j].text.trim()); j++) {
                const more2 = ss[j].text.trim().replace(/[。；;]$/, '')
                ch = { ...ch, reason: `${ch.reason}；${more2}` }; text = `${text.replace(/[。；;]$/, '')}；${more2}`
              }
            }
          }
          if (ch?.direction && ch.direction !== 'flat' && !ch.reason) {
            // rule reason-after-parts: "…比上年减少1.90万元。其中：因公出国（境）费0万元；公务接待费3.00万元；…。下降原因主要
            //是…": the reason said after the change's breakdown into its parts, of the same direction
            for (let j = last + 1; j < Math.min(ss.length, last + 8); j++) {
              const x = ss[j].text.trim()
              if (REASON_LEAD.test(x)) {
                const said = /^[^原]{0,8}?(增加|增长|上升|减少|下降|降低)/u.exec(x)?.[1]
                const more = !said || /增|上升/u.test(said) === (ch.direction === 'up') ? changeAfter(x) : undefined
                if (more?.reason) { ch = { ...ch, reason: more.reason }; text = `${text}。……${x.replace(/[。；;]$/, '')}` }
                break
              }
              // (a part stating a change of its own owns the reason said after it)
              if (!/^其中|\d\s*(?:亿元|万元|元)/u.test(x) || changeAfter(x)?.direction) break
            }
          }
          // rule reason-clause-after: "…增幅63.84%。主要用于…费用,增长的主要原因是…": a clause of the next sentence giving
          // the reason of a change of the same direction
          if (ch?.direction && ch.direction !== 'flat' && !ch.reason && after) {
            const m = MOVED_CLAUSE.exec(foldMeaning(after))
            const own = !m?.[1] || compactText(keyword).endsWith(m[1]) || compactText(keyword).includes(m[1])
            if (m && own && /增|上升|提高/u.test(m[2]) === (ch.direction === 'up')) { ch = { ...ch, reason: m[3].trim() }; text = `${text}。${after.replace(/[。；;]$/, '')}` }
          }
          const figure = !ch?.direction ? fenOf(moneyAfter(s.text, keyword)?.amount) : undefined
          const restated = figure !== undefined ? restatedChange(ss, i, figure, doc.year) : undefined
          if (restated) { ch = restated.change; text = `${withoutList(text)}。${restated.text}` }
          // rule reason-item-before: "主要原因：一是筹备县第六届全民运动会，体育竞赛支出增加33.00万元": the subject's change
          // said inside an item of the reasons, the item's words before it are its reason
          const item = ch?.direction && ch.direction !== 'flat' && !ch.reason ? ITEM_REASON_BEFORE.exec(s.text.slice(0, k)) : null
          if (item && ch) { ch = { ...ch, reason: item[1] }; text = s.text.slice(item.index).trim().replace(/[。；;]$/, '') }
          if (ch?.amount && ch.direction && ch.direction !== 'flat' && !ch.reason) {
            // "三公经费…减少2.26万元。其中：…公务用车运行维护费…减少2.26万元，主要原因是…": the whole changed by
            // exactly one part's change, so that part's stated reason is the whole's
            const after = ss.slice(i + 1).map((x) => x.text).join('。')
            const part = partReason(after, ch.direction, ch.amount.text) ?? partsReason(after, ch.direction, ch.amount.text)
            if (part) { ch = { ...ch, reason: part.reason }; text = `${text}。${part.clause}` }
          }
          if (ch?.amount && ch.direction && ch.direction !== 'flat' && !ch.reason) {
            // "…减少3.83万元。其中：…（each item）…。“三公”经费下降的主要原因是…": the subject named again later in the
            // paragraph with the reason for its movement
            const later = laterReason(ss.slice(last + 1).map((x) => x.text.trim()), keyword)
            if (later) { ch = { ...ch, reason: later.reason }; text = `${text}。……${later.text}` }
          }
          if (ch?.direction && ch.direction !== 'flat' && !ch.reason) {
            // "…其中公务接待费…下降16.22%；公务用车运行维护费…下降43.66%。下降的主要原因都是…": a reason said of every
            // change before it (都/均) in the paragraph, the same direction
            const all = sharedReason(ss.slice(last + 1).map((x) => x.text.trim()), ch.direction)
            if (all) { ch = { ...ch, reason: all.reason }; text = `${text}。……${all.text}` }
          }
          if (ch?.direction && ch.direction !== 'flat' && !ch.reason && !ch.baseline?.includes('预算')) {
            // "…较上年减少0.47万元。决算数小于预算数的主要原因是…。决算数较上年减少原因是严格执行…": the reason of the
            // change against last year, said of the figure just stated (决算数), in the next sentences
            const prior = priorReason(ss.slice(last + 1, last + 4).map((x) => x.text.trim()), ch.direction)
            if (prior) { ch = { ...ch, reason: prior.reason }; text = `${text}。……${prior.text}` }
          }
          if (ch?.direction && ch.direction !== 'flat' && !ch.reason) {
            // rule bare-reason-after: "…比2023年度减少1.16万元，下降21.92%。全年国内公务接待38批次…。减少的主要原因是严格
            // 执行…": a reason naming no subject, of the same direction, within the next sentences, no other change between
            const bare = bareReason(ss.slice(last + 1, last + 3).map((x) => x.text.trim()), ch.direction)
            if (bare) { ch = { ...ch, reason: bare.reason }; text = `${text}。……${bare.text}` }
          }
          if (ch?.direction && ch.direction !== 'flat' && !ch.reason) {
            // a reason naming the side ("收支增加的主要原因是…") may close the paragraph after the parts listed
            const side = sideReason(ss.slice(last + 1).map((x) => x.text.trim()), ch.direction)
            if (side) { ch = { ...ch, reason: side.reason }; text = `${text}。……${side.text}` }
          }
          const usage = (USAGE.exec(s.text.slice(k)) ?? useAfter(ss, i) ?? boundUse(s.text.slice(k + keyword.length)))?.[1]?.trim()
          // (or a sentence of its own opening with the subject and what it is: "事业收入主要是某馆文创产品及讲解服务收入…")
          const nature = input.about === 'usage' && !usage ? DESCRIBED.exec(s.text.slice(k + keyword.length))?.[1] ?? (k <= 2 ? OPENING_NATURE.exec(s.text.slice(k + keyword.length))?.[1] : undefined) : undefined
          if (input.about === 'usage' ? !usage && !nature : !ch) return
          // the figure as the prose prints it, rounded to its last digit ("16497.86万元" for 164,978,640元)
          const anchored = input.fen !== undefined && moneyAmounts(s.text.slice(k)).slice(0, 2).some((a) => !!a && samePrinted(a, input.fen))
          // rule comparable-basis: a figure restated on a comparable basis ("一般公共预算收入(同口径)完成…") is never the
          // one as counted (自然口径), unless the question asks that basis
          const restatedBasis = COMPARABLE_BASIS.test(s.text.slice(k + keyword.length)) && !(input.asWritten && COMPARABLE_WORD.test(input.asWritten))
          if (restatedBasis) return
          // rule other-figure-sentence: with the figure given, a sentence stating its subject at another amount
          // ("支出总计1,679.02万元…增加146.56万元" for 本年支出合计 1,640.36) explains that other figure, never this one
          // (a sentence stating the subject for two years, "2018年基本支出634.71万元，2017年基本支出1197.92万元，2018年比2017年
          // 减少…": the amount said for the change's own year)
          const ownStated = (ch?.subjectYear !== undefined ? yearFigure(s.text, ch.subjectYear, keyword) : undefined) ?? own ?? ch?.ownAmount ?? ownFigure(s.text.slice(k), /决算/.test(doc.scope))
          // (only a sentence found by another form of the concept: one naming the subject asked at another amount is the
          // document disagreeing with itself, said so)
          const otherForm = keyword !== compactText(input.name) && keyword !== compactText(input.asWritten ?? '')
          // (asked by its own name: a question saying only "收入" may be answered by the form the prose explains)
          if (input.fen !== undefined && !anchored && otherForm && ownName && ownStated && !samePrinted(ownStated, input.fen)) return
          // (a change stated in the question's own words, 本年支出合计, outweighs another form's reasoned one: 收、支总计)
          const ownWords = keyword === ownName && ch?.amount ? 3 : 0
          // (a figure stated with only its budget gap's reason, "决算数小于年初预算数的主要原因是…", explains no change: a later
          // sentence of the subject's change against last year outranks it)
          const gapOnlyReason = !!ch?.reason && !ch.direction && !ch.amount && !!gapReasonIn(ch.clause ?? '') && input.about !== 'budget-gap'
          // rule figure-said-before: "2024年度财政拨款收入总计3746.16万元…。" then "与2023年相比，财政拨款收、支总计各增加…": a
          // change of the subject stating no amount of its own, right after the sentence (of this paragraph or the one
          // before) stating the figure given, is that figure's change
          const before = i > 0 ? ss[i - 1].text : pi > 0 && !doc.paragraphs[pi - 1].heading ? sentencesOf(doc.paragraphs[pi - 1].text).at(-1)?.text : undefined
          const saidBefore = input.fen !== undefined && !anchored && !!ch?.amount && !ownStated && !!before && subjectAt(before, keyword) >= 0 && moneyAmounts(before).some((a) => !!a && samePrinted(a, input.fen))
          const score = (anchored || saidBefore ? (gapOnlyReason ? 1 : 4) : 0) + (ch?.amount || ch?.direction === 'flat' ? 2 : 0) + (ch?.reason && !gapOnlyReason ? 2 : 0) + ownWords + keyword.length / 100
          if (best && best.score >= score) return
          // a sentence read as one subject's is quoted as printed
          if (ss.some((x, j) => j >= i && j <= last + 1 && x.text !== printedSs[j].text)) text = printedSs.slice(i, last + 2).map((x) => x.text.trim()).join('').replace(/[。；;]$/, '')
          best = {
            docId: doc.id, org: doc.org, year: doc.year, sentence: text, lines: p.lines, score,
            change: changeOf(ch, doc.year, spokenYear(doc, p)),
            reason: ch?.reason,
            ...(usage ? { usage } : {}),
            ...(nature ? { nature } : {}),
            anchored,
            ...stated(ownStated),
            citation: paragraphCitation(doc, p, text),
            source: p.printed ?? p.text, at: pi, keyword,
          }
        })
      }
      // (a change stated in the question's own words, 总支出, is the one asked: no other form of the concept is read after it)
      // (with the figure given, only a sentence stating it ends the search: another form may state it, a change and a
      // reason of a sentence about another figure do not)
      // (…nor over a change stated in the question's own words)
      const asAsked = !!best?.change && !!ownName && best.keyword === ownName
      if (held && best !== held && !best?.anchored && !asAsked) best = held
      if (best && ((input.fen === undefined ? best.score >= 4 : best.anchored) || (best.change && input.asWritten && best.keyword === compactText(input.asWritten)))) break
    }
    // a sentence naming the subject with its figure but no change of its own ("收入总计2,101.00万元，支出总计2,101.00万元，
    // 比2024年…增加…": the change follows the second figure): the change printed after the figure, when there is one
    const atFig = (!best || !best.change) && input.fen !== undefined && input.about !== 'usage' ? atFigure(doc, input.fen, input.name) : undefined
    if (atFig && (!best || atFig.change)) best = atFig
    const inRow = input.rowId && input.about !== 'usage' && !best?.reason ? rowReason(doc, input.rowId) : undefined
    if (gap && !best && !inRow) { out.push(gapExplanation(doc, gap, input.name)); continue }
    if (inRow && !best) {
      const change = inRow.change ? { direction: inRow.change.direction, text: printed(inRow.change.amount), baseline: '上年' } : undefined
      out.push({
        docId: doc.id, org: doc.org, year: doc.year, sentence: inRow.sentence, quote: inRow.sentence, reason: inRow.reason, anchored: true,
        ...(change ? { change } : {}), score: 4, citation: inRow.citation, source: inRow.sentence, at: -1, keyword: input.name,
      })
      continue
    }
    // the quote is the printed sentence, cuts marked: read once, for the sentence chosen
    if (best) {
      const quote = verbatimQuote(best.source, best.sentence) ?? best.sentence
      const dir = best.change?.direction
      const moved = !best.reason && (dir === 'up' || dir === 'down') && input.about !== 'usage' ? dir : undefined
      const amount = best.change?.text?.replace(/(?:万元|元)$/, '')
      const later = moved && (reasonAfter(doc.paragraphs, best.at, moved, best.keyword) ?? (amount ? reasonInParts(doc.paragraphs, best.at, moved, amount) ?? partsInNext(doc.paragraphs, best.at, moved, amount) : undefined) ?? movedPartReason(doc.paragraphs, best.at, moved))
      if (later) {
        const q = doc.paragraphs[later.index]
        const reasonCitation = paragraphCitation(doc, q, later.sentence)
        out.push({
          ...best, reason: later.reason, quote, reasonQuote: reasonCitation.text, lines: [best.lines?.[0] ?? q.lines[0], q.lines[q.lines.length - 1]],
          citation: { ...best.citation, text: quote }, extra: reasonCitation,
        })
      } else if (inRow) {
        out.push({ ...best, reason: inRow.reason, quote, reasonQuote: inRow.sentence, citation: { ...best.citation, text: quote }, extra: inRow.citation })
      } else out.push({ ...best, quote, citation: { ...best.citation, text: quote } })
    }
  }
  if (!out.length && input.fen !== undefined && input.about !== 'usage') {
    // rule cause-led: "由于…集中带量采购降价、医保支付方式改革等因素，本年收入不足以安排本年支出，使用事业基金弥补收支
    // 差额386.20万元" — a sentence stating the subject's very figure after the cause it opens with
    const led = causeLed(corpus, input, input.fen)
    if (led) return led
  }
  if (!out.length) {
    // rule whole-of-part: "公务用车购置及运行维护费12.50万元（购置费0万元，运行维护费12.50万元），比上年减少…，主要原因是…":
    // a part the prose names only inside its whole's sentence, the whole printing the part's very figure, is explained
    // by that sentence
    const whole = PART_OF.find(([re]) => re.test(compactText(input.name)))?.[1]
    const viaWhole = whole && input.fen !== undefined ? explainFigure(corpus, { ...input, name: whole, rowId: undefined }, v) : undefined
    if (viaWhole?.ok && viaWhole.explanations.every((e) => e.anchored)) return viaWhole
    return { ok: false, error: `the prose does not explain ${input.name}`, citations: [] }
  }
  return {
    ok: true,
    explanations: out.map(({ score: _s, citation: _c, source: _p, at: _a, keyword: _k, extra: _x, ...e }) => e),
    // each explanation's paragraph; a reason read from a later paragraph cites that paragraph after all of them
    citations: [...out.map((e) => e.citation), ...out.flatMap((e) => (e.extra ? [e.extra] : []))],
  }
}

/** A sentence opening with its cause: 由于/因/受…, the cause closing at 等因素/的影响/影响 or its first comma. */
const CAUSE_LEAD = /^(?:由于|因为|因|受)(?<cause>[^，,；;。]{4,80}?(?:等(?:多重|多种|多方面)?因素|的影响|影响|[^，,；;。]{0,2}))[，,]/u

function causeLed(corpus: Corpus, input: ExplainFigureInput, fen: number): ToolResult<{ explanations: Explanation[] }> | undefined {
  const doc = input.docId ? viewOf(corpus).docById.get(input.docId) : undefined
  const name = compactText(foldMeaning(input.name))
  if (!doc || name.length < 2) return undefined
  for (const x of proseSentences(doc)) {
    const m = CAUSE_LEAD.exec(x.s)
    if (!m || !x.c.includes(name)) continue
    const figure = moneyAfter(x.c, name)
    if (!figure || fenOf(figure.amount) !== fen) continue
    const citation = paragraphCitation(doc, x.p, x.s)
    const quote = citation.text ?? x.s
    return {
      ok: true,
      explanations: [{ docId: doc.id, org: doc.org, year: doc.year, sentence: x.s, quote, lines: x.p.lines, reason: m.groups!.cause.trim(), anchored: true }],
      citations: [citation],
    }
  }
  return undefined
}

export const explainFigureTool: QueryTool<typeof ExplainFigureInput, { explanations: Explanation[] }> = {
  name: 'explain-figure',
  description: 'Find what the document’s prose says about a figure: change against last year (比上年增加/减少…) and the stated reason (主要原因). Cites the paragraph.',
  inputSchema: ExplainFigureInput,
  run: (ctx, input) => explainFigure(ctx.corpus, input, vocabularyIn(ctx)),
}
