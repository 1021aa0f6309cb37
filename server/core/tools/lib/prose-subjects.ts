import type { BudgetDocument, MoneyUnit } from '../../schema.js'
import { bigramsOf } from '../../search/bigrams.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from './citation.js'
import { moneyFields, paragraphFigure, type Figure } from './figure.js'
import { parseAmount } from '../../parse/amount.js'
import { printed } from './money.js'
import { moneyAfter, MONEY_RE, sentencesOf } from './prose.js'

/**
 * The subjects a document's prose states money for, as the sentence names them: "年初批复预算8个项目985万元" →
 * 年初批复预算, "实际到位资金334.67万元" → 实际到位资金, "一般公共预算财政拨款支出总计1741.75万元" → 一般公共预算财政拨款
 * 支出. The subject is the clause's words right before the amount, without a count between (8个项目), a verb of
 * stating (为, 是, 达) or a totalling word (总计, 合计). Changes and baselines are no subjects (减少4.65万元).
 */
export interface ProseSubject {
  subject: string; paragraphId: string; amount: string; unit: string; fromHeading?: boolean; sentence?: string
  /** the amount written before the subject it pays for ("投资2000万元实施县污水处理厂提标改造工程") */
  amountFirst?: boolean
  /** the year the subject's sentence opens with ("2024年某县“三公”经费执行数…") */
  opensYear?: number
  /** the amount done after the subject's plan in its sentence ("…收入预算20.65亿元,实际完成17.07亿元"), not right after its name */
  doneAfterPlan?: boolean
  /** the totalling word its clause closed with (总计, 合计), set aside from its name unless another amount is stated for the bare words */
  total?: string
}

const CLAUSE_CUT = /[，,；;：:。（(）)、“”"]/
/** A subject named as its plan: 收入预算, 支出预算数. */
const PLANNED_SUBJECT = /(?:预算数?|目标)$/u
/** A clause of nothing but the doing: 实际完成, 执行数为, 当年实际完成, 实际支出. */
const DONE_CLAUSE = /^(?:当年)?(?:实际)?(?:完成|执行|实现)(?:数)?(?:为|了)?$|^(?:当年)?实际(?:支出|收入|发生)(?:数)?(?:为|了)?$/u
/** An adjustment of the open plan, said by its side alone: "支出预算调整" of 全县一般公共财政支出预算. */
const adjustsPlan = (subject: string, plan: string) => {
  const m = /^((?:收入|支出)?预算)调整$/u.exec(subject)
  return !!m && plan.endsWith(m[1])
}
const QUOTES = /[“”"]/g
// (a year whose 年 the page dropped before its account, "2021全区…收入完成…", is that year too)
const DROPPED_YEAR_MARK = String.raw`(?=全[区县市省旗州盟镇乡]|[区县市]?本级)`
const YEAR_WORD = new RegExp(String.raw`(?:19|20)\d{2}(?:年度?|${DROPPED_YEAR_MARK})`, 'u')
/** a sentence opening with its year: "2024年…", "（二）2024年度…" */
const OPENING_YEAR = new RegExp(String.raw`^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?((?:19|20)\d{2})(?:年|${DROPPED_YEAR_MARK})`, 'u')
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|增支|减支|增收|减收|节约|压缩|比|较|差|多|少|相比)(?:了)?$|(?:大于|小于|超过|低于|高于|超出)\p{Script=Han}{0,6}$/u
/** a short gloss in brackets belongs to its name: 因公出国(境)经费 */
const GLOSS = /[（(][^（()）]{1,3}[)）]/g
/** a list item's number: "1. 教育支出…" */
const ITEM_NO = /^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/
const TRAILING = /(?:\d+个(?:项目|单位)?|为|是|达|达到|共|约|计|共计|总计|合计|总额|总数|金额|支出数|数|完成|实现|预计|预期|预计为|预计达)+$/
// (an adjustment's verb before its subject: 调增上级补助收入6.98亿元, 调减调入资金0.44亿元)
// (the place speaking of itself, "我区地方一般公共预算收入为…", "我县总财力": no word of the subject's name)
const LEADING = /^(?:其中|含|包括|另外|此外|加上|以及|再加上|减去|扣除|全年|完成|实现|调增|调减|追加|核减|\d{4}年度?|本年度?|共有|现有|我[区县市镇乡州旗盟省])+/

/** A section's label run into its paragraph, or a heading of its own: "(二)支出预算:" → 支出预算. */
// (a 三公 item's heading keeps its bracket: "一、因公出国(境)经费")
const HEADING_LABEL = /^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])?\s*(\p{Script=Han}(?:\p{Script=Han}|[(（]境[)）]){2,14}?)\s*(?:情况|说明)?\s*(?:[:：]|$)/u
/** Words that name no subject of their own, only the year's amount of whatever the heading names: 年初预算数, 总额. */
// ("2014年预算安排154万元" under "二、公务接待费")
const GENERIC = /^(?:年初|全年)?(?:预算|安排|批复){0,2}$/
/** A heading label that names money: 收入预算, 支出预算, 财政拨款收入, 一般公共预算支出. */
// (and a 三公 item's: 公务接待费, 公务用车购置及运行维护费)
const MONEY_HEAD = /(?:预算|收入|支出|经费|资金)$|^(?:因公出国|公务接待|公务用车)\S*费$/u

/** The money subject a paragraph's heading names: its own opening label ("(二)支出预算:"), or the heading right before. */
export function headingLabel(doc: BudgetDocument, i: number): string | undefined {
  const p = doc.paragraphs[i]
  const own = HEADING_LABEL.exec(compactText(p.text))
  const prev = doc.paragraphs[i - 1]
  const label = own && /[:：]/.test(own[0]) ? own[1] : prev?.heading && prev.section === p.section ? HEADING_LABEL.exec(compactText(prev.text))?.[1] : undefined
  return label && MONEY_HEAD.test(label) ? label : undefined
}

/** Words that say only "the year's amount" (年初预算数, 预算数), whose subject is the heading's. */
export const isGenericAmountWord = (words: string) => GENERIC.test(compactText(words).replace(TRAILING, '').replace(LEADING, ''))

/**
 * The subject a section's heading names, where its paragraph opens with the amount in generic words: "(二)支出预算:
 * 2024年年初预算数777.03万元,其中:…" → 支出预算 777.03万元. The heading is the paragraph's own opening label or the
 * heading paragraph right before; only the first amount of the first sentence, with nothing but generic words
 * (年初预算数, 总额, 为) between, is the heading's.
 */
function headingSubject(doc: BudgetDocument, i: number): ProseSubject | undefined {
  const p = doc.paragraphs[i]
  const own = HEADING_LABEL.exec(compactText(p.text))
  const label = headingLabel(doc, i)
  if (!label) return undefined
  const first = sentencesOf(p.text)[0]
  const opening = first && compactText(first.text)
  const rest = opening && (own && label === own[1] ? opening.slice(own[0].length) : opening)
  const m = rest && new RegExp(MONEY_RE.source).exec(rest)
  if (!m) return undefined
  const clause = rest.slice(0, m.index).replace(GLOSS, '')
  if (CLAUSE_CUT.test(clause) || !GENERIC.test(clause.replace(TRAILING, '').replace(LEADING, ''))) return undefined
  return { subject: label, paragraphId: p.id, amount: m[1], unit: m[2], fromHeading: true, sentence: first.text.trim() }
}

/**
 * A subject as a figure read in its own paragraph: a heading's amount with the opening sentence quoted (no keyword
 * search can reach it), else the sentence that states the subject with that amount right after it.
 */
export function subjectFigure(doc: BudgetDocument, s: ProseSubject): Figure | undefined {
  const p = doc.paragraphs.find((x) => x.id === s.paragraphId)
  const amount = parseAmount(s.amount, s.unit)
  const sentence = s.fromHeading || s.amountFirst || s.doneAfterPlan ? s.sentence : p && sentencesOf(p.text).map((x) => x.text.trim()).find((x) => moneyAfter(compactText(x), s.subject)?.amount.text === amount?.text)
  if (!p || !sentence || !amount) return undefined
  return paragraphFigure(doc, p, sentence, amount, s.subject)
}

/** A subject's name with its money word (经费, 费用, 费, 支出) set aside: 因公出国(境)经费 and 因公出国(境)费 are one. */
export const subjectStem = (s: string) => compactText(s).replace(QUOTES, '').replace(/(?:经费|费用|费|支出)$/u, '')

/**
 * Rule `heading-named-subject`: the figure of a subject a heading names alone ("三、公务接待费" over "2016年预算安排8万元，
 * …"), read from the opening sentence under it; with `ownYear`, only one of the document's own year (or none said).
 */
export function headedFigure(doc: BudgetDocument, name: string, ownYear = false): Figure | undefined {
  const stem = subjectStem(name)
  if (stem.length < 3) return undefined
  for (const [i, p] of doc.paragraphs.entries()) {
    const s = p.heading ? undefined : headingSubject(doc, i)
    if (!s || subjectStem(s.subject) !== stem) continue
    const opens = OPENING_YEAR.exec(compactText(s.sentence ?? ''))?.[1]
    if (ownYear && opens && Number(opens) !== doc.year) continue
    const f = subjectFigure(doc, s)
    if (f) return f
  }
  return undefined
}

/** A side's whole asked: 收入预算, 总收入, 收入总计, 本年收入 (and the same of 支出). */
const SIDE_WHOLE_NAME = /^(?:本年|总)?(收入|支出)(?:预算|决算|总计|合计|总额)?$/u
/** "2018年收入737615447元,支出743452949.21元": the year, then a bare side and its amount, opening a clause. */
const YEAR_LED_SIDE = /(?:^|[:：，,。；;])\s*(?:((?:19|20)\d{2})年度?(?:全年|本年)?)?(收入|支出)(?:总计|合计|总额)?(?:为|是|共计?)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/gu

/**
 * Rule `year-led-side`: a 决算 说明 that states its whole year as "2018年收入737615447元,支出743452949.21元" (a bare side word
 * right after the year, its amount right after it; the other side going on in the next clause): the side's whole asked
 * (收入预算, 总支出) is that amount. Only the document's own year, and only the first sentence stating it so.
 */
export function yearLedSide(doc: BudgetDocument, name: string): Figure | undefined {
  const side = SIDE_WHOLE_NAME.exec(compactText(name))?.[1]
  if (!side) return undefined
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const x of sentencesOf(p.text)) {
      const t = compactText(x.text)
      let year: string | undefined
      for (const m of t.matchAll(YEAR_LED_SIDE)) {
        // (the side without its year goes on with the year the clause before it opened with: "…收入…元,支出…元")
        year = m[1] ?? year
        if (!year || Number(year) !== doc.year || m[2] !== side) continue
        const amount = parseAmount(m[3], m[4] as MoneyUnit)
        if (!amount) continue
        return { docId: doc.id, org: doc.org, year: doc.year, label: `${side}`, amount, text: printed(amount), ...moneyFields(amount), citation: paragraphCitation(doc, p, x.text.trim(), amount.text, amount.unit) }
      }
    }
  }
  return undefined
}

export function proseSubjects(doc: BudgetDocument): ProseSubject[] {
  const out: ProseSubject[] = []
  doc.paragraphs.forEach((p, i) => {
    if (p.heading) return
    const head = headingSubject(doc, i)
    if (head) out.push(head)
    // (the plan's sentence may end before its doing: "…预算收入目标17.36亿元。当年实际完成17.18亿元,…")
    let planned: ProseSubject | undefined
    let planSentence: string | undefined
    for (const s of sentencesOf(p.text)) {
      for (const m of s.text.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
        // quotes around a term are part of its name: “三公”经费
        const before = compactText(s.text.slice(0, m.index)).replace(GLOSS, '').replace(QUOTES, '')
        if (CHANGE_BEFORE.test(before)) continue
        // a year inside the clause starts the subject's words ("…情况2024年某县“三公”经费执行数"): the year they are of
        const clause = before.split(CLAUSE_CUT).pop() ?? ''
        const years = clause.split(YEAR_WORD)
        const subject = years[years.length - 1].replace(LEAD_MARK, '').replace(ITEM_NO, '').replace(TRAILING, '').replace(LEADING, '')
        const yearOf = years.length > 1 ? Number(/((?:19|20)\d{2})(?:年度?)?$/u.exec(clause.slice(0, clause.length - years[years.length - 1].length))?.[1]) : Number(OPENING_YEAR.exec(compactText(s.text))?.[1])
        if (planned && DONE_CLAUSE.test(clause)) {
          // rule plan-then-done: "全县政府性基金收入预算20.65亿元,实际完成17.07亿元": the amount done is the subject's own
          // (its name without 预算), read as executed
          const sentence = !compactText(s.text).includes(compactText(planned.subject)) ? `${planSentence ?? ''}${s.text.trim()}` : s.text.trim()
          out.push({ ...planned, subject: planned.subject.replace(PLANNED_SUBJECT, ''), amount: m[1], unit: m[2], doneAfterPlan: true, sentence })
          planned = undefined
        } else if (planned && adjustsPlan(subject, planned.subject)) {
          // rule adjusted-then-done: "全县…支出预算35.81亿元。执行中…,支出预算调整为45.12亿元。实际完成36.96亿元": the
          // adjustment is the plan's adjusted budget, and the plan stays open for what was done after it
          planSentence = `${planSentence ?? ''}${s.text.trim()}`
          out.push({ ...planned, subject: `${planned.subject.replace(PLANNED_SUBJECT, '')}调整预算`, amount: m[1], unit: m[2], doneAfterPlan: true, sentence: planSentence })
        } else if (subject.length >= 3 && subject.length <= 16 && /^\p{Script=Han}+$/u.test(subject)) {
          const total = TOTAL_END.exec(years[years.length - 1].replace(TRAILING_VERB, ''))?.[0]
          const own: ProseSubject = { subject, paragraphId: p.id, amount: m[1], unit: m[2], ...(yearOf ? { opensYear: yearOf } : {}), ...(total ? { total } : {}) }
          out.push(own)
          planned = PLANNED_SUBJECT.test(subject) ? own : undefined
          planSentence = planned ? s.text.trim() : undefined
        }
      }
      // rule amount-first: "投资2000万元实施县污水处理厂提标改造工程": the work named after the money it is given
      for (const m of compactText(s.text).matchAll(AMOUNT_FIRST)) {
        const subject = m[3].replace(PLACE_LEAD, '')
        out.push({ subject, paragraphId: p.id, amount: m[1], unit: m[2], amountFirst: true, sentence: s.text.trim() })
        // (asked without its closing 工程/项目 too: "污水处理厂提标改造投了多少")
        const core = subject.replace(/(?:工程|项目)$/u, '')
        if (core !== subject && core.length >= 4) out.push({ subject: core, paragraphId: p.id, amount: m[1], unit: m[2], amountFirst: true, sentence: s.text.trim() })
      }
    }
  })
  return totalsNamed(out)
}

/** A totalling word closing a subject's clause ("…支出总计99352万元"), its verb aside. */
const TOTAL_END = /(?:总计|合计)$/u
const TRAILING_VERB = /(?:为|是|达到?)$/u

/**
 * Rule `total-of-own-words`: a subject stated with its totalling word ("全县一般公共预算支出总计99352万元") where the
 * document states the same words without it and another amount ("全县一般公共预算支出91759万元, 加上上解…") is a
 * second thing, the sum of the first and what is added to it: named with its 总计, never the first subject's second figure.
 */
function totalsNamed(subjects: ProseSubject[]): ProseSubject[] {
  const bare = new Map<string, Set<string>>()
  for (const s of subjects) if (!s.total && !s.amountFirst && !s.fromHeading) bare.set(s.subject, (bare.get(s.subject) ?? new Set()).add(`${s.amount}${s.unit}`))
  return subjects.map((s) => {
    const amounts = s.total ? bare.get(s.subject) : undefined
    return amounts && !amounts.has(`${s.amount}${s.unit}`) ? { ...s, subject: `${s.subject}${s.total}` } : s
  })
}

/** Money given, then the work it pays for: 投资2000万元实施…工程, 安排资金50万元用于…项目. */
const AMOUNT_FIRST = /(?:投资|投入|安排|争取|落实|下达)(?:资金|资金共?计?)?(\d[\d,]*(?:\.\d+)?)(亿元|万元|元)(?:资金)?[，,]?(?:实施|用于|建设|完成|开展|推进)了?(\p{Script=Han}{4,24}?(?:工程|项目|改造|整治|提升|建设))(?=[，,。；;]|$)/gu
/** A county's or a city's own word before a work's name: 县污水处理厂 is the 污水处理厂 of the page's county. */
const PLACE_LEAD = /^(?:全县|本县|县城|县|全市|本市|市区|市|全区|本区|城区|区)(?=\p{Script=Han}{4})/u

/** Dashes and bullets a report opens its lines with ("——全县一般公共预算收入完成26.06亿元"): no part of a name. */
const LEAD_MARK = /^[—–\-－·•●■□◆◇▪※*\u2460-\u2473\u2776-\u277f]+/u

/** Words that say whose figure a subject is, not what it is: 本单位收入 is 收入's. */
const SELF_WORDS = /^(?:本单位|本部门|本级|本年度?|全年)/
/** Qualifiers that make another subject of the same head: a fund, a source, a stage, the basic/project split. */
const QUALIFIER = /一般公共|政府性基金|国有资本|社会保险|财政拨款|非财政|事业|经营|其他|基本|人员|公用|上年|年初|年末|结转|结余/

/**
 * How far a question names a subject, 0 unless it names it whole: every character of the subject (its 本单位 aside,
 * at least three) is in the question, with its head (last two characters), and at least `min` of its bigrams; and
 * the words the question puts right before it qualify it no other way (国有资本经营预算财政拨款支出 is not the prose's
 * 财政拨款支出, 政府性基金预算财政拨款支出 not its 一般公共预算财政拨款支出). Otherwise the share of its bigrams held.
 */
/** A fund's own 预算 before its side: 政府性基金预算收入, 一般公共预算支出. */
const FUND_BUDGET = /(一般公共(?:财政)?|政府性基金|国有资本经营|社会保险基金)预算(?=收入|支出)/u

/**
 * Every character of the subject is in the question, as often as a short subject has it: 税收收入 needs two 收, so
 * the question's 契税收入 (one) never names it, though each of its characters is there.
 */
function charsHeld(question: string, subject: string): boolean {
  const need = new Map<string, number>()
  for (const c of subject) need.set(c, (need.get(c) ?? 0) + 1)
  // (only a short name is another word for a character fewer: "调整预算后项目预算" says 预算 twice, a question once)
  for (const [c, n] of need) if (n === 1 || subject.length > 5 ? !question.includes(c) : question.split(c).length - 1 < n) return false
  return true
}

/**
 * Rule `qualified-subject`: of the subjects a question names, one the prose writes with a qualifier before another's
 * whole name (天府新区一般公共预算收入 beside 一般公共预算收入) is the one asked when the question says that qualifier
 * too ("天府新区2023年一般公共预算收入"): the question's year may stand between them and cut a bigram, never the meaning.
 */
export function qualifiedFirst<T>(question: string, hits: T[], nameOf: (h: T) => string): T[] {
  const top = hits[0]
  if (!top) return hits
  const name = nameOf(top)
  const over = hits.find((h) => { const n = nameOf(h); return n.length > name.length && n.endsWith(name) && n.length - name.length >= 2 && question.includes(n.slice(0, n.length - name.length)) })
  return over ? [over, ...hits.filter((h) => h !== over)] : hits
}

export function subjectCover(question: string, subject: string, min = 0.6, shortest = 3): number {
  // (a fund's 预算 the question leaves out, "政府性基金收入" of 政府性基金预算收入, is no word it lacks)
  const full = subject.replace(SELF_WORDS, '')
  // (and a gloss in brackets it leaves out: "因公出国经费" of 因公出国(境)经费)
  const own = [...full].some((c) => !question.includes(c)) ? full.replace(FUND_BUDGET, '$1').replace(/[(（]境[)）]/u, '') : full
  // (a subject the question names with every word still fits better: 政府性基金收入 over 政府性基金预算收入)
  const fit = own === full ? 1 : 0.95
  if (own.length < shortest || !question.includes(own.slice(-2)) || !charsHeld(question, own)) return 0
  const grams = bigramsOf(own)
  const cover = grams.filter((g) => question.includes(g)).length / grams.length
  if (cover < min) return 0
  // (the words of its own clause only: "一般公共服务支出占财政总支出" qualifies 财政总支出 with nothing)
  const at = question.includes(own) ? question.indexOf(own) : subjectAt(question, own)
  const left = (/\p{Script=Han}*$/u.exec(question.slice(0, at))?.[0] ?? '').split(/[占和与及比较、]/u).pop() ?? ''
  const q = QUALIFIER.exec(left)?.[0]
  return q && !own.includes(q) ? 0 : cover * fit
}

/** Where in the question a subject is first named (its earliest bigram held), for the order of "A占B". */
export function subjectAt(question: string, subject: string): number {
  const at = bigramsOf(subject).map((g) => question.indexOf(g)).filter((i) => i >= 0)
  return at.length ? Math.min(...at) : Infinity
}

/**
 * The counts a document's prose states with what they count: the noun right after the count ("174台拼接屏",
 * "28个展区以及…" → 展区), else the clause's words right before it ("在园幼儿915名", "实施项目共15个").
 */
export interface ProseCount { noun: string; value: number; unit: string; paragraphId: string }

const COUNTED = /(\d{1,3}(?:,\d{3})+|\d+)\s*(人次|批次|名|人|个|台|辆|家|项|套|所|间|座|块)/g
const NOUN_AFTER = /^\p{Script=Han}{1,8}?(?=以及|及|和|与|、|[，,；;。:：()（）\d]|$)/u

export function proseCounts(doc: BudgetDocument): ProseCount[] {
  const out: ProseCount[] = []
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      const text = compactText(s.text).replace(GLOSS, '')
      for (const m of text.matchAll(COUNTED)) {
        const after = NOUN_AFTER.exec(text.slice(m.index! + m[0].length))?.[0]
        const before = (text.slice(0, m.index).split(CLAUSE_CUT).pop() ?? '').replace(ITEM_NO, '').replace(TRAILING, '').replace(LEADING, '').replace(/(?:共|有|共有|设|设有|等)$/, '')
        // "目前套用核定的工资岗位为专技岗7人": a clause too long for a noun names it after its last copula
        const named = before.length > 12 ? (/(?:为|是|即)(\p{Script=Han}{2,12})$/u.exec(before)?.[1] ?? before) : before
        const noun = after && after.length >= 2 ? after : named
        if (noun.length >= 2 && noun.length <= 12 && /^\p{Script=Han}+$/u.test(noun)) out.push({ noun, value: Number(m[1].replace(/,/g, '')), unit: m[2], paragraphId: p.id })
      }
    }
  }
  return out
}
