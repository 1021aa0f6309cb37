import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { FUND_STEMS } from '../../lexicon/fund-names.js'
import type { BudgetDocument, MoneyUnit, Paragraph } from '../../schema.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import { paragraphCitation } from './citation.js'
import { moneyFields, type Figure } from './figure.js'
import { printed } from './money.js'
import { countNear, MONEY_RE, moneyAfter, nearness, PART_WORD, sentencesOf, type ProseFigure } from './prose.js'
import { accountWords } from './prose-account.js'
import { eventsIn, otherEventClause, statesStock } from './counted-event.js'
import { headingLabel, isGenericAmountWord } from './prose-subjects.js'
import { readingsOf } from './distributive.js'
import { otherYearSection } from './section-year.js'

/** A sentence stating what is held outranks any gap (≤ 12) but never a word the question asked (100). */
/** A unit named before the counts of a 其中 list's line: 某县卫生健康局（机关）编制…, 某中心编制…, 某学校实有… */
const UNIT_PART = /\p{Script=Han}{2,}(?:局|中心|院|站|所|队|馆|学校|中学|小学|幼儿园|办|委员会|委|会|处|科|室|社|团)(?:[（(](?:机关|本级|本部)[)）])?(?:编制|实有|在职|退休|现有|共有|人员)/u
const STOCK_WEIGHT = 30
/** How far before the keyword a stock word stands that says it is held ("共有公务用车", "现有车辆"): "实有29人、退休" is
 *  another count's 实有, no stock of the 退休 */
const STOCK_REACH = 4

export type ProseKind = 'money' | 'count'

/**
 * Keywords a concept is written with in prose: the lexicon's prose forms, else the name's variants (longest first);
 * `ownFirst`: a figure read by them tries the concept's own words before those it shares with another concept.
 */
export function proseKeywords(v: Vocabulary, name: string, kind: ProseKind, unit?: string, asPrinted = false, ownFirst = false): { keywords: string[]; units?: string[] } {
  // a line printed "本年收入合计" is "本年收入" in prose: the 合计 a table row carries is not written in a sentence
  if (asPrinted && kind === 'money') return { keywords: [...new Set([compactText(name), compactText(name).replace(/(?<=^.{3,})合计$/u, '')])] }
  if (kind === 'count') {
    const c = v.countOf(name)
    // a count asked in its own unit ("多少场"): that unit, and its 次 compound as prose prints it (120场次)
    // (people are counted in 名 and in 人 alike: "应到代表103名" asked 多少人)
    const asked = unit ? (unit === '人' || unit === '名' ? [unit, unit === '人' ? '名' : '人', `${unit}次`] : [unit, `${unit}次`]) : undefined
    return c ? { keywords: c.keywords.map(compactText), units: asked ?? c.units } : { keywords: v.names.variants(name), units: asked ?? ['名', '人', '个', '辆', '项'] }
  }
  const c = v.conceptOf(name)
  // rule tax-item: a tax asked as collected ("增值税收了多少" → 增值税收入) is printed by its own name in a report's list
  // ("增值税6055万元"): its name without 收入 is read too
  // rule fund-short: a fund said without its 预算 ("一般公共支出") is printed with it too ("一般公共预算支出")
  const fund = FUND_SIDE_SHORT.exec(compactText(name))
  const keys = c ? c.prose.map(compactText) : [...(fund ? [`${fund[1]}预算${fund[2]}`] : []), ...v.names.variants(name), ...(TAX_INCOME.test(compactText(name)) ? [compactText(name).slice(0, -2)] : [])]
  // (a year's flow words, 本年收入合计, are read last: a sentence printing the concept's own words, 收入总计, comes first)
  const flowLast = (k: string) => (/^本年.*合计$/u.test(k) ? 1 : 0)
  const sorted = [...new Set(keys.flatMap(withFundsWord))].sort((a, b) => flowLast(a) - flowLast(b) || b.length - a.length)
  if (!c || !ownFirst) return { keywords: sorted }
  // words this concept shares with another (收支总预算 is the income's and the spending's whole) come after its own:
  // 收入预算 asked is the sentence printing 收入预算, not the 收支总预算 printed beside it with another figure
  const shared = sharedProse(v)
  return { keywords: [...sorted.filter((k) => !shared.has(k)), ...sorted.filter((k) => shared.has(k))] }
}

const TAX_INCOME = /\p{Script=Han}税收入$/u
/** The other side's word right after a name read without its own side (rule side-kept). */
const OTHER_SIDE: Record<string, RegExp> = { 收入: /^(?:预算)?支出/u, 支出: /^(?:预算)?收入/u }
const FUND_SIDE_SHORT = new RegExp(`^(${FUND_STEMS})(收入|支出)$`, 'u')

const sharedCache = new WeakMap<Vocabulary, Set<string>>()
/** Prose words that more than one concept of the lexicon is written with. */
function sharedProse(v: Vocabulary): Set<string> {
  let s = sharedCache.get(v)
  if (!s) {
    const seen = new Map<string, number>()
    for (const c of v.lexicon.concepts) for (const k of new Set((c.prose ?? []).map(compactText))) seen.set(k, (seen.get(k) ?? 0) + 1)
    s = new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k))
    sharedCache.set(v, s)
  }
  return s
}

/**
 * Prose writes an item's 费 as 经费 as often as tables print 费 ("因公出国(境)经费40万元", "公务接待经费"): both forms
 * are the same item. Only a name of at least three characters before 费, so 经费/会议费 stay what they are.
 */
const withFundsWord = (k: string) => (k.length >= 4 && k.endsWith('费') && !k.endsWith('经费') ? [k, `${k.slice(0, -1)}经费`] : [k])

/** Whether a sentence (paragraph index, sentence start, the keyword's place in it) may answer: rule place-account. */
export type SentenceFits = (paragraph: number, sentenceStart: number, at: number) => boolean

interface Hit { p: Paragraph; f: ProseFigure; keyword: string }


/**
 * A figure written in the document's prose next to the concept ("社会保障和就业支出预算75.02万元"), with a paragraph
 * citation. Money: the first keyword (most specific) that yields one. Counts: the nearest over all keywords, earliest
 * first; sentences naming a `near` word (the unit asked about: 中心, 局) win.
 */
/** a near word that names the unit asked about (中心, 局): it finds the unit's sentence, never a count of its own */
const ORG_TYPE_END = /(?:中心|局|院|所|站|委|办|队|馆|处|校|镇|乡|街道)$/u

/** What may stand right before a thing named as itself, not as the tail of a longer name (退休人员 in 离退休人员). */
export const WORD_START = '(?:^|[，,：:；;。、\\s(（]|其中|共有|有)'
const ownWord = (text: string, w: string) => new RegExp(`${WORD_START}${escapeRegExp(w)}`, 'u').test(text)

/** The clause a keyword stands in, from the clause's start through the keyword. */
function ownClause(reading: string, keyword: string): string {
  const at = reading.indexOf(keyword)
  return reading.slice(Math.max(...[...'，,；;：:'].map((c) => reading.lastIndexOf(c, Math.max(0, at - 1)))) + 1, at + keyword.length)
}

/** A year said as a time clause ("2017年,", "2024年度，"): the last one in a text, if any. */
const YEAR_CLAUSE = /((?:19|20)\d{2})年度?[,，]/gu
/** The year clauses of a paragraph, read once: the last one before a position. */
const yearClauses = (text: string) => [...text.matchAll(YEAR_CLAUSE)].map((m) => ({ at: m.index!, year: Number(m[1]) }))
/** A year opening a sentence or a clause ("2024年…,2025年“三公”经费…"; not a point in time, 2018年底, 2022年年末, 2018年12月;
 *  not one inside a name or an aside, "(含2024年转列项目2个)"): its years, in order. */
const SAID_YEAR = /(?:^|[，,；;。：:])\s*((?:19|20)\d{2})年度?(?!年?[底末]|\d)/gu
/** The year a keyword's occurrence is said under in its sentence: the last year said before it, if any. */
const yearsBefore = (sentence: string, keyword: string): (number | undefined)[] => {
  const years = [...sentence.matchAll(SAID_YEAR)].map((m) => ({ at: m.index!, year: Number(m[1]) }))
  const out: (number | undefined)[] = []
  for (let at = sentence.indexOf(keyword); at >= 0; at = sentence.indexOf(keyword, at + 1)) out.push(years.filter((y) => y.at < at).pop()?.year)
  return out
}
const clauseYearBefore = (clauses: { at: number; year: number }[], at: number) => clauses.filter((c) => c.at < at).pop()?.year

/**
 * Where in a reading the subject is read for an account: its first occurrence whose account fits (a sentence of the
 * text, `k` its position there), as the offset the reading is read from: 0 for the first occurrence, else the end of the
 * occurrence before it (the words between stay: "…;州本级共127个一级预算部门"); -1 when none fits. A reading that is
 * not the printed sentence (a distributive one) is read whole, as before.
 */
function accountOccurrence(text: string, reading: string, keyword: string, fits: (k: number) => boolean): number {
  if (reading !== text) return fits(Math.max(0, text.indexOf(keyword))) ? 0 : -1
  let from = 0
  for (let k = text.indexOf(keyword); k >= 0; from = k + keyword.length, k = text.indexOf(keyword, from)) if (fits(k)) return from
  return -1
}

/** The text with a name printed with one joining word inside (和, 及, 与, 、) written as `keyword` says it, when the
 *  keyword is long (8+ characters) and the text holds it so; else the text as it is. */
function withJoinRead(text: string, keyword: string): string {
  if (keyword.length < 8 || !/^\p{Script=Han}+$/u.test(keyword)) return text
  const m = new RegExp([...keyword].join('[和及与、]?'), 'u').exec(text)
  if (!m || m[0].length > keyword.length + 1) return text
  return text.slice(0, m.index) + keyword + text.slice(m.index + m[0].length)
}

export function resolveInProse(v: Vocabulary, doc: BudgetDocument, name: string, kind: ProseKind = 'money', near: string[] = [], unit?: string, asPrinted = false, fits?: SentenceFits, ownYearOnly = false, partsOk = false): Figure | undefined {
  const { keywords, units } = proseKeywords(v, name, kind, unit, asPrinted, true)
  // rule counted-event: a clause of 报废/购置/新增… counts what the event touched, unless the question asks that event
  const passOver = otherEventClause(near)
  const eventAsked = kind === 'count' && eventsIn(near.join(' ')).length > 0
  // (a count asked with none of its parts' words near it, 编制 bare, is a part's only where the document states no
  // other: 行政编制24人 is no 编制 beside 编制数为45人, while 核定事业编制751人 alone is the 编制)
  const bareOnly = kind === 'count' && !near.some((w) => PART_WORD.test(w)) && !partsOk
  let best: (Hit & { score: number; pos: number }) | undefined
  const side = kind === 'money' ? /(收入|支出)$/u.exec(compactText(name))?.[1] : undefined
  const otherSide = side ? OTHER_SIDE[side] : undefined
  // rule own-item: a money keyword read only as the tail of a longer name ("增值税收入" in 土地增值税收入) waits for its
  // own name's shorter form printed as an item of its own ("：增值税6055万元")
  let tail: (Hit & { score: number; pos: number }) | undefined
  // (read once, not per keyword: the paragraphs under a section of another year)
  const otherYear = ownYearOnly ? new Set(doc.paragraphs.filter((p) => otherYearSection(doc, p)).map((p) => p.id)) : undefined
  for (const keyword of keywords) {
    if (tail && !tail.keyword.startsWith(keyword)) continue
    const generic = kind === 'money' && isGenericAmountWord(keyword)
    for (const [i, p] of doc.paragraphs.entries()) {
      // a section of another year ("一、2024年预算执行情况" in a 2025 report) states that year's figures, never the
      // document's own year when the question names it (rule section-year)
      if (p.heading || otherYear?.has(p.id)) continue
      // rule heading-subject: 年初预算数 under "(一)收入预算:" is the 收入预算's, never another subject's
      const label = generic ? headingLabel(doc, i) : undefined
      if (label && !compactText(name).includes(label) && !label.includes(compactText(name))) continue
      // (the paragraph's year clauses, read once, when a sentence holding the keyword needs them)
      let clauses: { at: number; year: number }[] | undefined
      // (the paragraph's one money unit, read once, for an amount it prints bare: rule unit-carried)
      let bare: MoneyUnit | null | undefined
      for (const s of sentencesOf(p.text)) for (const printed of readingsOf(s.text)) {
        // …nor does a sentence under another year's time clause ("2017年,全区…完成…。加上…合计财政总收入…" in the 2018
        // report): the last "YYYY年," of the paragraph before it says whose year it speaks of (rule section-year)
        if (otherYear) { const y = clauseYearBefore((clauses ??= yearClauses(p.text)), s.start + Math.max(0, s.text.indexOf(keyword))); if (y !== undefined && y !== doc.year) continue }
        // (…nor a sentence speaking of another year where it names the subject: "2025年我镇预计实现…一般公共预算收入" in the
        // 2026 report; "2024年…执行数…,2025年“三公”经费预算数…" names it under 2025 too)
        if (otherYear && s.text.includes(keyword)) { const ys = yearsBefore(s.text, keyword); if (ys.every((y) => y !== undefined && y !== doc.year)) continue }
        // a short gloss in brackets is part of the name it glosses: 因公出国(境)经费 is asked as 因公出国境经费 too
        const glossed = printed.includes(keyword) ? printed : printed.replace(SHORT_GLOSS, '$1')
        // rule joined-names: a long name the question says without its joining word ("联合接访大厅领导干部接访下访" of
        // 联合接访大厅及领导干部接访下访): the printed name read as said
        const whole = glossed.includes(keyword) ? glossed : withJoinRead(glossed, keyword)
        if (!whole.includes(keyword)) continue
        // rule side-kept: a name's side left out of the keyword ("一般公共" of 一般公共支出) is never read where the other
        // side follows it ("一般公共预算收入505.4亿元")
        const after = whole.indexOf(keyword) + keyword.length
        if (otherSide && otherSide.test(whole.slice(after, after + 4)) && !keyword.includes(side!)) continue
        // rule account-occurrence: of a place's report, the subject printed once per account in one sentence ("在全盟一般
        // 公共预算收入中,盟本级一般公共预算收入…33648万元;旗级一般公共预算收入…") is read where its account fits
        const at = fits ? accountOccurrence(s.text, whole, keyword, (k) => fits(i, s.start, k)) : 0
        // rule bracketed-account: the whole place's figure with its accounts in brackets after it ("收入合计109.69亿元
        // (县本级87.87亿元,高新区21.82亿元)"): the account asked is read at its own amount there
        const part = at < 0 && kind === 'money' && whole === s.text ? bracketedAccount(s.text, keyword, (k) => fits!(i, s.start, k)) : undefined
        if (at < 0 && part === undefined) continue
        const reading = part !== undefined ? keyword + s.text.slice(part) : at ? whole.slice(at) : unqualifiedOccurrence(whole, keyword)
        // "“三公”经费财政拨款支出决算17.05万元" is the 三公's, not the 财政拨款支出 asked (rule qualified-subject)
        if (kind === 'money' && qualifiedByOther(reading, keyword, name)) continue
        // "2024年某县公务接待费执行数989.37万元" in a 2025 budget: another year's figure, never the document's own
        if (kind === 'money' && otherYearBefore(reading, keyword, doc.year)) continue
        // rule grouped-items: the name listed with others before one figure ("科学技术支出、住房保障支出、债务付息支出等
        // 其他支出48835万元"): the group's figure, never the name's alone
        if (kind === 'money' && groupedWithOthers(reading, keyword, whole)) continue
        // rule qualified-count: a stock's qualifier asked, written right before its name ("实际保有量为12辆" beside "账面数为
        // 56辆"), is read where it is written, and preferred
        const q = kind === 'count' ? near.find((w) => w.length <= 3 && reading.includes(w + keyword)) : undefined
        const qualifiedCount = q ? countNear(reading.slice(reading.indexOf(q + keyword) + q.length), keyword, units ?? [], undefined, passOver, bareOnly) : undefined
        const own = kind === 'money' ? moneyAfter(reading, keyword, undefined, near, (bare ??= soleUnit(p.text)) ?? undefined) : qualifiedCount ? { ...qualifiedCount, qualified: 1 } : countNear(reading, keyword, units ?? [], undefined, passOver, bareOnly)
        // rule near-count: the thing asked printed with its own count in the sentence ("共有车辆11辆，其中：公务用车4辆"
        // asked 几辆公务用车) is that count, not the sentence's whole
        // (the thing as a name of its own, never the tail of a longer one: 退休人员 inside 离退休人员)
        // (not when an event is asked, 计划购置几辆: the event's clause is the counted-event rule's)
        const named = kind === 'count' && !eventsIn(near.join(' ')).length ? near.filter((w) => w.length >= 4 && !ORG_TYPE_END.test(w) && ownWord(reading, w)).map((w) => countNear(unqualifiedOccurrence(reading, w), w, units ?? [], 2, passOver)).find(Boolean) : undefined
        const read = named ?? own
        // the sentence quoted is the one printed, whichever subject's reading of it gave the figure
        const f = read && { ...read, sentence: s.text }
        if (!f) continue
        // (what is held, said in the count's own clause: "包括行政编制24人" after "实有人数47人," states no stock of 编制;
        // a count's only: money reads no stock)
        // (a count's sentence opening 其中 lists parts by their units, "其中：某局（机关）编制18人": a near word it holds, the
        // unit's kind, draws no count of the whole to it)
        const partLine = kind === 'count' && (/^\s*其中/u.test(s.text) || /其中[:：]/u.test(p.text.slice(p.text.lastIndexOf('。', s.start - 1) + 1, s.start)))
        // rule unit-part-count: such a list's line naming a unit ("…；某中心编制32人、实有29人") is that unit's count,
        // never the department's: read only when the unit is asked by name
        if (partLine && UNIT_PART.test(s.text) && !near.some((w) => w.length >= 2 && s.text.includes(w))) continue
        // (a stock stated, 保有量404辆, is preferred to a passing mention, unless an event is asked, "购置了几辆": then the
        // stock is what the event is not)
        const stock = kind === 'count' && statesStock(ownClause(reading, keyword).slice(-(keyword.length + STOCK_REACH)))
        const score = f.gap - 100 * Math.max(0, ...near.filter((w) => !partLine || w.length >= 2).map((w) => nearness(w, s.text))) - 100 * (f.qualified ?? 0) + (stock ? (eventAsked ? STOCK_WEIGHT : -STOCK_WEIGHT) : 0)
        const pos = p.index * 10000 + s.start
        if (!best || score < best.score || (score === best.score && pos < best.pos)) best = { p, f, keyword, score, pos }
      }
    }
    if (best && kind === 'money') {
      if (tail || !tailOfLonger(best.f.sentence, best.keyword)) break
      tail = best
      best = undefined
    }
  }
  best ??= tail
  if (!best && bareOnly) return resolveInProse(v, doc, name, kind, near, unit, asPrinted, fits, ownYearOnly, true)
  const f = best && proseFigure(doc, best, name, kind)
  return f && asPrinted ? { ...f, asPrinted: true } : f
}

/**
 * Rule `unqualified-occurrence`: the name first written as the tail of a qualified kind ("参照公务员法管理的事业编制人数1人,
 * 事业编制人数8人") and again on its own at a clause's start: read from that own one (the sentence from it on).
 */
function unqualifiedOccurrence(whole: string, keyword: string): string {
  const first = whole.indexOf(keyword)
  if (first <= 0 || whole[first - 1] !== '的') return whole
  for (let k = whole.indexOf(keyword, first + 1); k > 0; k = whole.indexOf(keyword, k + 1)) if (/[，,；;：:、]/u.test(whole[k - 1])) return whole.slice(k)
  return whole
}

/** After the name, before its figure: a list going on (、 和 及) that closes with 等 ("…、债务付息支出等其他支出"), or the name closing such a list. */
function groupedWithOthers(reading: string, keyword: string, sentence: string): boolean {
  const tail = reading.slice(reading.indexOf(keyword) + keyword.length).split(/\d/u)[0]
  if (/^(?:支出|收入|经费|资金)?[、和及与][^，,。；;:：]*等/u.test(tail)) return true
  // …or closes it: "土地增值税、契税、城市维护建设税等其他税种29141万元" (the name last, the list before it in its clause)
  if (!/^(?:支出|收入|经费|资金)?等/u.test(tail)) return false
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(keyword + tail)))
  return /[、和及与][^，,。；;:：]*$/u.test(before)
}

/** What may stand right before a name that is its own, in its clause: a place, an account, a year, a lead word. */
const OWN_NAME_BEFORE = /(?:其中|全\p{Script=Han}|本级|地方|[省市县区州盟旗镇乡级年的为是])$/u

/** The keyword is printed in its sentence only as the tail of a longer name: "土地" right before 增值税收入. */
function tailOfLonger(sentence: string, keyword: string): boolean {
  const at = sentence.indexOf(keyword)
  if (at <= 0) return false
  const before = sentence.slice(0, at)
  const clause = before.slice(Math.max(...[...'，,；;：:。'].map((c) => before.lastIndexOf(c))) + 1).trim()
  return /\p{Script=Han}{2}$/u.test(clause) && !OWN_NAME_BEFORE.test(clause)
}

/** The first money amount of a text, and where it ends. */
const FIRST_MONEY = new RegExp(MONEY_RE.source, 'u')
/** What may stand between a subject and its own figure: its side word, a verb of the account. */
const OWN_FIGURE_BETWEEN = /^[\s:：]*(?:收入|支出)?(?:完成|实现|为|是|达到|达|共计|合计|安排|执行)?[\s:：]*$/u
/** A bracket right after a figure, its parts split on their commas. */
const BRACKET_AFTER = /^\s*[（(]([^（）()]{4,80})[)）]/u

/**
 * Where, in `text`, the amount of the account asked stands among the accounts a bracket lists right after the
 * subject's figure ("…109.69亿元(县本级87.87亿元,高新区21.82亿元)"): a part naming an account (县本级, 全县…) whose
 * amount's account fits; undefined when none does.
 */
function bracketedAccount(text: string, keyword: string, fitsAt: (k: number) => boolean): number | undefined {
  for (let k = text.indexOf(keyword); k >= 0; k = text.indexOf(keyword, k + keyword.length)) {
    const from = k + keyword.length
    const m = FIRST_MONEY.exec(text.slice(from))
    // (the subject's own figure: only its side word and a verb between, never another subject's "总收入完成")
    if (!m || !OWN_FIGURE_BETWEEN.test(text.slice(from, from + m.index))) continue
    const end = from + m.index + m[0].length
    const b = BRACKET_AFTER.exec(text.slice(end))
    if (!b) continue
    let pos = end + b[0].indexOf(b[1])
    for (const piece of b[1].split(/([,，、;；])/u)) {
      const a = FIRST_MONEY.exec(piece)
      if (a && accountWords(piece.slice(0, a.index)).length && fitsAt(pos + a.index)) return pos + a.index
      pos += piece.length
    }
  }
  return undefined
}

/** The year a sentence names last before the keyword ("2024年…公务接待费"), when it is not the document's. */
function otherYearBefore(reading: string, keyword: string, docYear: number): boolean {
  if (!docYear) return false
  const at = reading.indexOf(keyword)
  // the keyword's own clause, or the year the sentence opens with ("2024年，…"); a year inside a bracket or an
  // earlier clause ("（含2024年转列项目2个），年初批复预算…") is not the figure's
  const from = Math.max(...[...'，,；;：:)）'].map((c) => reading.lastIndexOf(c, at)))
  const years = [...reading.slice(from + 1, at).matchAll(/((?:19|20)\d{2})年/gu)]
  const last = years[years.length - 1]
  const opening = SENTENCE_YEAR.exec(reading)
  // (a year after 比/较/与 is a baseline the sentence compares with, not whose figure it states)
  if (last) return Number(last[1]) !== docYear && !/(?:比|较|与|同|相比|对比)$/u.test(reading.slice(0, from + 1 + last.index!))
  return !!opening && Number(opening[1]) !== docYear
}
const SENTENCE_YEAR = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?((?:19|20)\d{2})年度?[，,]/u

const SHORT_GLOSS = /[（(]([^（）()\d]{1,2})[)）]/gu

/** Subjects that, written right before a name, make it theirs: 三公经费财政拨款支出, 机关运行经费支出, and any 费 (公务接待费支出预算). */
const SUBJECT_BEFORE = /(三公经费|机关运行经费|政府采购|\p{Script=Han}{2,12}费)$/u
/** Funds that, written right before an all-funds name (财政拨款支出, 基本支出), make it one fund's. */
const FUND_BEFORE = /(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)$/u
const ALL_FUNDS_NAME = /^(?:财政拨款|本年|基本支出|项目支出|支出合计|收入合计|支出总计|收入总计|收入预算|支出预算)/u

/** A keyword that opens with a bare head noun, no subject of its own before it. */
// (项目支出 and 基本支出 too: "民生和社会发展重点项目支出5.55亿元" is that 重点项目's, not the budget's 项目支出)
const HEAD_FIRST = /^(?:支出|收入|资金|经费|项目支出|基本支出)/u
/** Words that may stand right before such a head without naming another subject. */
// (an organisation's name: "某镇人民政府收入预算总额", "某区政府办收入预算总额" is its own budget, a unit word closing the name)
const HEAD_BOUNDARY = /(?:其中|的|和|及|与|为|是|、|本年|全年|年度|年|单位|部门|本级|安排|用于|调增|调减|追加|增加|减少|完成|实现|预算|决算|局|委员会|委|办公室|办|政府|中心|学校|中学|小学|医院|卫生院|院|所|站|队|馆|处|厅|办事处|街道|镇|乡)$/u

/** A transfer's verb right before a fund's name: 调入, 调出, 转入, 补充, 动用 (调入一般公共预算资金2万元). */
const TRANSFER_VERB = '(?:调入|调出|转入|转出|补充|动用|调剂)'
const TRANSFER_BEFORE = new RegExp(`${TRANSFER_VERB}$`, 'u')
const TRANSFER_OPEN = new RegExp(String.raw`^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[)）])?${TRANSFER_VERB}`, 'u')

/** The keyword's first occurrence is written right after another subject, or a fund before an all-funds name. */
function qualifiedByOther(reading: string, keyword: string, name: string): boolean {
  const at = reading.indexOf(keyword)
  const before = compactText(reading.slice(Math.max(0, at - 12), at)).replace(/[“”"]/gu, '')
  // rule transfer-before: "调入政府性基金预算资金13万元" is a transfer into the fund, never the fund's own total
  // (its clause opening with the transfer, a list of funds after it: "6.调入一般公共预算资金2万元、政府性基金预算资金13万元")
  const clause = compactText(reading.slice(0, at).split(/[，,；;。]/u).pop() ?? '')
  if ((TRANSFER_BEFORE.test(before) || TRANSFER_OPEN.test(clause)) && !TRANSFER_OPEN.test(compactText(name))) return true
  const m = SUBJECT_BEFORE.exec(before) ?? (ALL_FUNDS_NAME.test(compactText(keyword)) ? FUND_BEFORE.exec(before) : null)
  if (m) return !compactText(name).includes(m[1]) && !compactText(keyword).includes(m[1])
  // a bare head (支出调增, 收入增加) read inside another subject's name: "其他刚性支出调增0.78亿元" is 刚性支出's
  return HEAD_FIRST.test(compactText(keyword)) && /\p{Script=Han}$/u.test(before) && !HEAD_BOUNDARY.test(before)
}

/** A numbered item's opening ("一、", "（二）", "3."): in a 三公 explanation it names the item its counts count. */
const ITEM_LEAD = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))/

/**
 * "一、因公出国(境)费决算…。本部门组织的出国团组0个,出国2人次。": a count stated after the first sentence of a
 * numbered item is quoted with the item's opening clause, which says what is counted (the cut between marked ……).
 */
function countExcerpt(p: Paragraph, sentence: string): string {
  const first = sentencesOf(p.text)[0]
  if (!first || first.text.trim() === sentence.trim() || !ITEM_LEAD.test(first.text)) return sentence.trim()
  return first.text.split(/[，,；;]/)[0] + sentence.trim()
}

function proseFigure(doc: BudgetDocument, { p, f }: Hit, label: string, kind: ProseKind): Figure {
  const excerpt = kind === 'count' ? countExcerpt(p, f.sentence) : f.sentence.trim()
  return {
    // (read by the question's qualifier, "收入预计可完成": named as printed, not as the bare subject)
    docId: doc.id, org: doc.org, year: doc.year, label: f.qualified && f.words ? f.words : label,
    amount: f.amount, text: printed(f.amount), ...moneyFields(f.amount),
    citation: paragraphCitation(doc, p, excerpt, f.amount.text, f.amount.unit),
    ...(f.qualified && f.words ? { asPrinted: true } : {}),
  }
}

/** The one money unit a paragraph prints its amounts in, when it prints one only (null: none or several). */
function soleUnit(text: string): MoneyUnit | null {
  const units = new Set([...text.matchAll(new RegExp(MONEY_RE.source, 'gu'))].map((m) => m[2]))
  return units.size === 1 ? ([...units][0] as MoneyUnit) : null
}
