import type { BudgetDocument } from '../../schema.js'
import { meaningParagraphs } from '../../tools/lib/prose-may-hold.js'
import { printedShareOf } from './stated-share.js'
import { afterEventAsked, afterEventFirst, statesSomeAfter } from './after-event.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import { bigramsOf } from '../../search/bigrams.js'
import { longestShared } from '../../tools/lib/name-match.js'
import type { Figure } from '../../tools/lib/figure.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { withoutOrgNames } from '../../tools/lib/org-alias.js'
import { isGenericAmountWord, subjectFigure, proseSubjects, subjectAt, subjectCover, type ProseSubject } from '../../tools/lib/prose-subjects.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import { operandOf } from '../operands.js'
import type { Target } from '../resolve-scope.js'
import { sectionYear } from '../../tools/lib/section-year.js'
import { isFiscalScope } from '../../tools/lib/fiscal-own-line.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `prose-subject-asked`: a figure question no table row or lexicon concept answers, asked of one document whose
 * prose states the subject the question names ("年初批复的项目预算多少" → "年初批复预算8个项目985万元"): the amount
 * with the sentence quoted and its lines. Two subjects named with 占/比重/率 or 比…少/相差 are computed from the two
 * stated figures, said to be computed and from what. A subject is named when the question holds its head (预算,
 * 资金, 收入) and most of its words (`MIN_COVER`); anything less is not the subject asked, and nothing is answered.
 */
const MIN_COVER = 0.6

type Op = 'lookup' | 'share' | 'difference'

const SHARE_ASKED = /占.{0,30}(?:比重|比例|几成|百分之|多少%|份额)|占比/
const DIFF_ASKED = /(?:比|较).{1,20}(?:少|多|差)了?多少|相差|差额|差多少|差了多少/
/** "到位率": the part is the subject that holds the rate's stem (到位资金), the whole the 调整预算 or else the 预算. */
const RATE_ASKED = /(\p{Script=Han}{2})率/u
const RATE_WHOLES = [/调整/, /批复|年初/, /预算/]

const opOf = (text: string, frameOp: string): Op =>
  frameOp === 'share' || SHARE_ASKED.test(text) || RATE_ASKED.test(text) ? 'share' : frameOp === 'difference' || DIFF_ASKED.test(text) ? 'difference' : 'lookup'

/** The question's words without the organisation's names and the years. */
export function askedText(text: string, t: Target): string {
  return withoutOrgNames(compactText(text), t.doc).replace(/\d{2,4}年度?/g, '，')
}

/** "卫生健康支出" and "支出预算": the row's end is the subject's start (the subject read inside a longer name). */
const overlapsTail = (row: string, subject: string) => {
  for (let k = Math.min(row.length, subject.length) - 1; k >= 2; k--) if (row.endsWith(subject.slice(0, k))) return true
  return false
}

/** What may follow a subject in the question's words without naming a longer thing: its stage, side or money word. */
const ASK_AFTER_HEAD = /^(?:预算|决算|收入|支出|资金|经费|总额|合计|金额|数)/u

/** Subjects named by the question, best first (one per wording). */
function named(q: string, subjects: ProseSubject[]): (ProseSubject & { cover: number })[] {
  const seen = new Set<string>()
  // (a subject's opening words said only inside another subject the question names whole are that subject's:
  // "非税收入占一般公共预算收入" names no 税收收入, rule inside-other-subject)
  const whole = [...new Set(subjects.map((s) => s.subject))].filter((w) => w.length >= 3 && q.includes(w))
  const spans = whole.flatMap((w) => [...q.matchAll(new RegExp(escapeRegExp(w), 'gu'))].map((m) => [m.index!, m.index! + w.length, w] as const))
  const inside = (s: string) => {
    const head = s.slice(0, 2)
    const at = [...q.matchAll(new RegExp(escapeRegExp(head), 'gu'))].map((m) => m.index!)
    return !q.includes(s) && at.length > 0 && at.every((i) => spans.some(([a, b, w]) => w !== s && !w.startsWith(head) && i >= a && i + 2 <= b))
  }
  return subjects
    .map((s) => ({ ...s, cover: inside(s.subject) ? 0 : subjectCover(q, s.subject) }))
    .filter((s) => s.cover >= MIN_COVER && !seen.has(s.subject) && seen.add(s.subject))
    .sort((a, b) => b.cover - a.cover || b.subject.length - a.subject.length)
}

/** The two operands of a rate: the part holds the rate's stem, the whole is the first 预算 of RATE_WHOLES stated. */
function rateOperands(q: string, all: ProseSubject[]): [ProseSubject, ProseSubject] | undefined {
  const stem = RATE_ASKED.exec(q)?.[1]
  const part = stem ? all.find((s) => s.subject.includes(stem)) : undefined
  if (!part) return undefined
  for (const w of RATE_WHOLES) {
    const whole = all.find((s) => s !== part && s.subject.endsWith('预算') && w.test(s.subject))
    if (whole) return [part, whole]
  }
  return undefined
}

function figureOf(run: ToolRunner, t: Target, s: ProseSubject, pinned = false): Figure | undefined {
  if (s.fromHeading || s.amountFirst) return subjectFigure(t.doc, s)
  // (pinned: read in the subject's own paragraph, where another states it first: the outcome of an event asked)
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: s.subject, asPrinted: true, ...(pinned ? { paragraphId: s.paragraphId } : {}) })
  const f = r.ok ? r.figures[0] : undefined
  return f && f.citation.paragraphId === s.paragraphId && f.amount.text === s.amount ? f : undefined
}

/** A numbered list's item heading a sentence: "1、烈士纪念设施维修项目:", "(二)公务接待费：". */
const LIST_ITEM = /(?:(?<![\d.])\d{1,2}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|(?<!\p{Script=Han})[一二三四五六七八九十]{1,2}、)\s*([^,，。；;:：]{2,40})[:：]/gu

/** The list item a subject's figure is stated under, within its paragraph ("烈士纪念设施维修项目" of "1、烈士纪念设施维修项目:…实际支付35.3万元"). */
function itemOfSubject(doc: BudgetDocument, x: ProseSubject): string | undefined {
  const t = meaningParagraphs(doc)[doc.paragraphs.findIndex((y) => y.id === x.paragraphId)] ?? ''
  const at = t.indexOf(compactText(x.subject) + x.amount)
  return at < 0 ? undefined : [...t.slice(0, at).matchAll(LIST_ITEM)].pop()?.[1]
}

/**
 * Rule `item-scoped`: the item of a numbered list the question names ("退役军人事务专项资金项目" of "2、2022年退役军人事务专项
 * 资金项目:预算20万元,…实际支付20万元"): its words (six characters at least, years aside) inside the question. The subjects read
 * are that item's only, never another item's 实际支付. Undefined unless exactly one item is so named.
 */
function askedItem(doc: BudgetDocument, q: string): string | undefined {
  const asked = compactText(q).replace(/(?:19|20)\d{2}年度?/gu, '')
  const items = new Set(meaningParagraphs(doc).flatMap((t) => [...t.matchAll(LIST_ITEM)].map((m) => m[1])))
  const named = [...items].filter((i) => { const w = i.replace(/(?:19|20)\d{2}年度?/gu, ''); return w.length >= 6 && asked.includes(w) })
  return named.length === 1 ? named[0] : undefined
}

/** The same subject stated with another amount elsewhere in the document: said, with that paragraph cited. */
function disagreement(t: Target, all: ProseSubject[], s: ProseSubject, run: ToolRunner): string | undefined {
  const same = (x: ProseSubject) => Number(x.amount.replace(/,/g, '')) === Number(s.amount.replace(/,/g, '')) && x.unit === s.unit
  // (a sentence opening with another year states that year's figure: "2021年的…合计为807.95万,其中:…" is no second
  // figure of 2022's; a sentence opening with no year is of the document's own)
  // (…nor is one in a part on another year: "一、2024年预算执行情况" against "二、2025年预算草案" of one report)
  const yearOf = (x: ProseSubject) => { const p = x.opensYear ? undefined : t.doc.paragraphs.find((y) => y.id === x.paragraphId); return x.opensYear ?? (p && sectionYear(t.doc, p)?.year) ?? t.doc.year }
  const other = all.find((x) => x.subject === s.subject && !same(x) && yearOf(x) === yearOf(s))
  const p = other && t.doc.paragraphs.find((x) => x.id === other.paragraphId)
  if (!other || !p) return undefined
  // (a figure stated as an event's outcome, "增加后,…一般债务限额178,366万元", stands after the change, not against it)
  const own = t.doc.paragraphs.find((x) => x.id === s.paragraphId)
  if (statesSomeAfter(other.sentence ?? p.text) || statesSomeAfter(s.sentence ?? own?.text ?? '')) return undefined
  // (…nor one under another item of a numbered list, "1、烈士纪念设施维修项目:…实际支付35.3万元" against "2、…专项资金项目:…
  // 实际支付20万元": each item's own figure)
  const [mine, theirs] = [itemOfSubject(t.doc, s), itemOfSubject(t.doc, other)]
  if (mine && theirs && mine !== theirs) return undefined
  const c = paragraphCitation(t.doc, p, undefined, other.amount)
  run.cite(c)
  const where = p.lines[0] === p.lines[1] ? `第${p.lines[0]}行` : `第${p.lines[0]}–${p.lines[1]}行`
  return `注意：文件${where}又写${s.subject}为${other.amount}${other.unit}，两处不一致`
}

/**
 * Rule qualified-subject-asked: the prose states the subject asked several times, qualified ("全县一般公共预算收入目标
 * 37300万元", "一般公共预算收入预计可完成63960万元", and bare in another sentence): the question's words right after
 * the subject (目标, 预计能完成) pick the stated subject whose words after it are theirs (most of their character
 * pairs, the first one always).
 */
function qualifiedSubject(q: string, hit: ProseSubject, all: ProseSubject[]): ProseSubject | undefined {
  const at = q.indexOf(hit.subject)
  if (at < 0) return undefined
  const asked = q.slice(at + hit.subject.length, at + hit.subject.length + 8)
  if (asked.length < 2) return undefined
  let best: { s: ProseSubject; share: number } | undefined
  for (const s of all) {
    const from = s.subject.indexOf(hit.subject)
    if (s === hit || from < 0) continue
    const tail = s.subject.slice(from + hit.subject.length)
    if (tail.length < 2 || !asked.includes(tail.slice(0, 2))) continue
    const pairs = bigramsOf(tail)
    const share = pairs.filter((g) => asked.includes(g)).length / pairs.length
    if (share >= 0.5 && (!best || share > best.share)) best = { s, share }
  }
  return best?.s
}

/** A subject as its sentence prints it, its totalling word kept: "全县一般公共预算收入总计". */
const printedName = (s: ProseSubject) => (s.total && !s.subject.endsWith(s.total) ? `${s.subject}${s.total}` : s.subject)

/** A side alone: 收入, 支出. */
const SIDE = /^(?:收入|支出)$/u

/** Each of the things named asked: 分别是多少, 各为多少. */
const EACH_ASKED = /(?:分别|各自?)(?:安排|完成|实现|达到|是|为|有)?了?(?:多少|几)/u

/**
 * The subjects a question asks each of ("全县一般公共预算收入总计和支出总计分别是多少"): the words before the ask cut
 * at their joiners, each clause (four characters at least) naming one stated subject whole or named whole inside it,
 * the best covered first; undefined unless every clause names its own.
 */
function eachNamed(q: string, hits: ProseSubject[]): ProseSubject[] | undefined {
  const at = q.search(EACH_ASKED)
  if (at < 0) return undefined
  const said = q.slice(0, at).split(/[和与及、，,]/u).map((c) => c.replace(/的$/u, '')).filter(Boolean)
  // (a side said alone after a clause ending with the other side, "…收入和支出", takes that clause's words before it)
  const clauses = said.map((c, i) => (i > 0 && SIDE.test(c) && SIDE.test(said[i - 1].slice(-2)) ? said[i - 1].slice(0, -2) + c : c))
  if (clauses.length < 2 || clauses.length > 4 || clauses.some((c) => c.length < 4)) return undefined
  // (each clause names the subject sharing the longest run of its words, four characters at least: "调整方案里再融资一般债券"
  // names 再融资一般债券收入, never 新增一般债券收入 by their common 一般债券)
  const picked = clauses.map((c) => {
    let best: { h: ProseSubject; n: number } | undefined
    for (const h of hits) { const n = longestShared(c, compactText(h.subject)).length; if (n >= 4 && (!best || n > best.n)) best = { h, n } }
    return best?.h
  })
  if (picked.some((h) => !h) || new Set(picked.map((h) => h!.subject)).size !== picked.length) return undefined
  return picked as ProseSubject[]
}

/** A side's whole as the prose states it: 收入预算, 2025年支出预算, 本年收入合计. */
const SIDE_WHOLE_SUBJECT = /^(?:(?:19|20)\d{2}年度?)?(?:全年|本年|年度)?(?:收入|支出)(?:预算|决算)?(?:总计|合计)?$/u

/** "A占B", "A比B少": the subject named first is the part, or what is compared. */
const inOrder = (q: string, x: ProseSubject, y: ProseSubject): [ProseSubject, ProseSubject] => (subjectAt(q, y.subject) < subjectAt(q, x.subject) ? [y, x] : [x, y])

/** Words that give a reason in a sentence stating a figure. */
const REASON_WORDS = /原因|由于|因为|主要是|主要用于|用于|为了/u

/** The whole's own sentence, when it is not the part's. */
const wholeQuote = (a: Figure, b: Figure) => (b.citation.text === a.citation.text ? undefined : `“${b.citation.text}”（${linesOf(b)}）`)

export const linesOf = (f: Figure) => (f.citation.lines ? (f.citation.lines[0] === f.citation.lines[1] ? `第${f.citation.lines[0]}行` : `第${f.citation.lines[0]}–${f.citation.lines[1]}行`) : '')

export function answerProseSubject(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  // rule executed-subject: the year before a 财政预算's own, asked of the report's section on that year's execution
  // ("一、2022年预算执行情况" of the 2023 report): the subjects its paragraphs state, said to be that year's as reported
  const executed = t.year === t.doc.year - 1 && isFiscalScope(t.doc.scope)
  if (t.year !== t.doc.year && !executed) return undefined
  const q = askedText(frame.text, t)
  const paragraphs = executed ? new Map(t.doc.paragraphs.map((p) => [p.id, p])) : undefined
  const ofYear = (x: ProseSubject) => { const p = paragraphs!.get(x.paragraphId); const y = p && sectionYear(t.doc, p); return !!y?.executed && y.year === t.year }
  // (the outcome of an event asked, 增加后的…: the subjects of the sentence stating it first, rule after-event)
  const sentenceOf = (x: ProseSubject) => x.sentence ?? t.doc.paragraphs.find((p) => p.id === x.paragraphId)?.text
  const asked = compactText(frame.text)
  const all = afterEventFirst(asked, executed ? proseSubjects(t.doc).filter(ofYear) : proseSubjects(t.doc), sentenceOf)
  // (…its figures read in their own paragraphs: the document states the subject before the event first)
  const pinned = !!afterEventAsked(asked)
  if (executed && !all.length) return undefined
  const op = opOf(q, frame.op)
  // (a subject narrowed by words the prose's subject lacks, 小学 of 小学教育支出, is not that subject: rule qualified-row)
  // (…nor one under another item of a numbered list than the one the question names: rule item-scoped)
  const item = askedItem(t.doc, q)
  const hits = named(q, all).filter((h) => (!frame.rowQualifier || compactText(h.subject).includes(frame.rowQualifier)) && (!item || itemOfSubject(t.doc, h) === item))
  const doc = executed ? `${t.doc.org}${t.doc.year}年${t.doc.scope}文件报告的${t.year}年执行情况` : `${orgYear(t)}${t.doc.scope}文件`
  // rule prose-subject-reason: why a subject the prose names moved, or what it is for, as its own sentence says
  // ("调减调入资金0.44亿元,调减的原因:…", "…5.55亿元,调增的原因:用于保障…"): that sentence, quoted; none, no answer here
  if (frame.op === 'reason' || frame.op === 'usage') {
    const f = hits.map((h) => figureOf(run, t, h)).find((x) => x && REASON_WORDS.test(x.citation.text ?? ''))
    if (!f) return undefined
    run.cite(f.citation)
    return { answer: joinSentences([`${doc}写明${f.label}为${figureText(f)}，并说明了原因`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
  }
  if (op === 'lookup') {
    // rule qualified-subject: a stated subject that is only the tail of a row the question names ("卫生健康支出预算"
    // holds 支出预算): the row asked, not found, is not the whole budget stated
    const rows = frame.concepts.filter((c) => c.kind === 'row' || c.kind === 'lexicon').map((c) => compactText(c.surface || c.name))
    if (hits[0] && rows.some((r) => r.length > 2 && !hits[0].subject.includes(r) && overlapsTail(r, compactText(hits[0].subject)))) return undefined
    // …nor is it the whole of an item the question names by words no term knows before it ("食堂伙食收入预算" holds
    // 收入预算): the item asked, not the budget's whole (rule qualified-side-total)
    // (only a side's whole is so qualified: "收支相抵后结转结余" asks the 结转结余 the prose states, "上级补助里面…" names
    // where it is)
    const unknown = frame.unknown && compactText(frame.text).includes(compactText(frame.unknown)) ? compactText(frame.unknown) : ''
    if (hits[0] && SIDE_WHOLE_SUBJECT.test(compactText(hits[0].subject)) && unknown.length >= hits[0].subject.length + 2 && unknown.endsWith(compactText(hits[0].subject))) return undefined
    // …nor the head of a longer name the question asks ("青莲镇" of 青莲镇云瑶村污水管网治理): the place or body it opens
    // with states another item (rule subject-head-of-asked)
    // (unless the sentence holds the rest as well: "青莲镇争创省级先进乡镇" of "争创省级先进乡镇2个:…青莲镇70万元")
    const head = hits[0] ? compactText(hits[0].subject) : ''
    const rest = head && unknown.startsWith(head) ? unknown.slice(head.length) : ''
    const heldWith = (p?: { text: string }) => !!p && compactText(p.text).includes(rest.slice(0, 4))
    if (rest.length >= 3 && !ASK_AFTER_HEAD.test(rest) && !heldWith(t.doc.paragraphs.find((p) => p.id === hits[0].paragraphId))) return undefined
    // rule generic-subject-of-other: a subject that is only a column's words (年初预算, 决算数) is no answer to a question
    // naming what it is of (培训费年初预算): the sentence may state another item's
    const otherNamed = frame.concepts.some((c) => (c.kind === 'row' || c.kind === 'lexicon') && !hits[0]?.subject.includes(compactText(c.surface || c.name)))
    if (hits[0] && isGenericAmountWord(hits[0].subject) && (otherNamed || unknown)) return undefined
    // rule each-subject-asked: "A和B分别是多少", each clause naming a subject of its own: each read and said
    const each = eachNamed(q, hits)
    const figs = each?.map((h) => figureOf(run, t, h, pinned))
    if (each && figs?.every(Boolean)) {
      const said = each.map((h, i) => { const x = figs[i]!; run.cite(x.citation); return joinSentences([`${printedName(h)}为${figureText(x)}`, `原文：“${x.citation.text}”（${linesOf(x)}）`, disagreement(t, all, h, run)]) })
      return { answer: `${doc}写明：${said.join('')}` }
    }
    const hit = hits[0] && (qualifiedSubject(q, hits[0], all) ?? hits[0])
    const f = hit && figureOf(run, t, hit, pinned)
    if (!f) return undefined
    run.cite(f.citation)
    return { answer: joinSentences([`${doc}写明${printedName(hit)}为${figureText(f)}`, `原文：“${f.citation.text}”（${linesOf(f)}）`, disagreement(t, all, hit, run)]) }
  }
  const pair = op === 'share' && RATE_ASKED.test(q) && !SHARE_ASKED.test(q) ? rateOperands(q, all) : hits.length >= 2 ? inOrder(q, hits[0], hits[1]) : undefined
  // rule share-after-name: one subject named, its share asked of nothing named ("非税收入占比多少"): the share the prose
  // prints right after its name ("非税收入占比为45.30%"), never one computed against a subject the question did not name
  // (…named before 占 or with nothing after it: a subject said after 占 is the whole, its own share not what is asked)
  const afterShare = q.indexOf('占') >= 0 && hits[0] && q.indexOf(hits[0].subject, q.indexOf('占')) > q.indexOf('占')
  if (!pair && op === 'share' && hits[0] && !afterShare) {
    const printed = printedShareOf(inp, t, hits[0].subject)
    if (printed) { run.cite(printed.citation); return { answer: printed.text } }
  }
  if (!pair || pair[0].amount === pair[1].amount && pair[0].paragraphId === pair[1].paragraphId) return undefined
  const figs = pair.map((s) => figureOf(run, t, s, pinned))
  if (!figs[0] || !figs[1]) return undefined
  const [a, b] = figs as [Figure, Figure]
  // rule same-item-two-accounts: one subject the other's tail (上年结余 of 全区政府性基金上年结余) is the same item of two
  // accounts; a question naming one account's item against another item ("政府性基金年终结余比上年结余") asks neither pair
  const [ca, cb] = pair.map((s) => compactText(s.subject))
  // (a share's whole is often its part's tail, 支出 of 教育支出: that is the share asked, not two accounts)
  if (op !== 'share' && ca !== cb && (ca.endsWith(cb) || cb.endsWith(ca)) && !(q.includes(ca) && q.includes(cb))) return undefined
  // rule share-bound: a part is never more than its whole; read so, the subjects were not the ones asked
  if (op === 'share' && (a.fen === undefined || b.fen === undefined || a.fen > b.fen)) return undefined
  const r = run.run('compute', { op, operands: [operandOf(a), operandOf(b)] })
  if (!r.ok) return undefined
  run.cite(a.citation, b.citation)
  const [na, nb] = pair.map((s) => s.subject)
  const source = `由文件所列${na}${figureText(a)}和${nb}${figureText(b)}计算得出，文件本身没有写这个数`
  if (op === 'share') {
    return { answer: joinSentences([`${doc}中，${na}占${nb}的${r.result.text}（${figureText(a)} ÷ ${figureText(b)}；${source}）`, `原文：“${a.citation.text}”（${linesOf(a)}）`, wholeQuote(a, b)]) }
  }
  const more = (r.result.fen ?? r.result.value) >= 0
  const abs = r.result.text.replace(/^-/, '')
  return {
    answer: joinSentences([`${doc}中，${na}比${nb}${more ? '多' : '少'}${abs}（${figureText(a)} − ${figureText(b)}；${source}）`, `原文：“${a.citation.text}”（${linesOf(a)}）`]),
  }
}

/** "财政拨款收入里，一般公共预算和政府性基金分别多少": a container, then its parts by their own words. */
export const PARTS_IN = /([\p{Script=Han}]{2,16}?)(?:里|中|当中|之中)的?[，,]?([\p{Script=Han}]{2,12}?)(?:和|与|及|、)([\p{Script=Han}]{2,12}?)(?:分别|各)(?:是|为|有)?多少/u

/**
 * Rule `prose-parts-asked`: in a document with no tables, parts asked of a container ("财政拨款收入里，一般公共预算和
 * 政府性基金分别多少") are the subjects its prose names with the part's words and the container's
 * ("一般公共预算财政拨款收入1486.64万元", "政府性基金预算财政拨款收入30万元"); each is answered only when stated so.
 */
export function answerProseParts(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1 || scope.targets[0].doc.tables.length) return undefined
  const t = scope.targets[0]
  const m = PARTS_IN.exec(askedText(frame.text, t))
  if (!m) return undefined
  const [, container, ...parts] = m
  const all = proseSubjects(t.doc)
  const said = parts.map((part) => {
    // the part by the container's words too (一般公共预算财政拨款收入 of 财政拨款收入), else the part by its own name
    // stated in the same paragraph as the container ("总收入预计90.77亿元,其中:一般公共预算收入46.68亿元")
    const head = container.replace(/^.*的/u, '').slice(-3)
    const s = all.find((x) => x.subject.includes(part) && x.subject.includes(container.slice(-4)) && x.subject !== container) ??
      all.find((x) => x.subject === part && all.some((w) => w.paragraphId === x.paragraphId && w !== x && w.subject.endsWith(head)))
    const f = s && figureOf(run, t, s)
    if (f) run.cite(f.citation)
    return f && s ? `${s.subject}为${figureText(f)}（原文：“${f.citation.text}”，${linesOf(f)}）` : undefined
  })
  if (said.some((x) => !x)) return undefined
  return { answer: joinSentences([`${orgYear(t)}${t.doc.scope}文件写明：${said.join('；')}`]) }
}

