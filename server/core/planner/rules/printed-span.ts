import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import type { Figure } from '../../tools/lib/figure.js'
import { leadItemFigure } from '../../tools/lib/lead-item.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear, printedAmount } from '../compose.js'
import { operandOf } from '../operands.js'
import type { ToolRunner } from '../tool-runner.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'

/** The asking words around a subject: years, 是多少, 有多少钱, 的 … */
// (and a change asked of it: 比上年增加多少, 较去年变化)
// (and the point of the year, 2020年底; 各 before the asking words; the unit alone, 多少亿)
const ASKING = /分别|(?:比|较|与)(?:上年度?|去年|上一年|前一年)(?:同期)?(?:相比)?|(?:增加|减少|增长|下降|变化|变动|增幅|降幅|涨幅|增减)了?|(?:截至|截止)?(?:19|20)?\d{2}年(?:度|底|末)?|今年|去年|上年|本年|各(?:自)?(?=(?:是|为|有)?(?:多少|几))|(?:的)?(?:预算|决算)?(?:数|金额)?(?:是|为|有|共|一共|总共)?(?:多少|几)(?:钱|万元|亿元|元|亿|万)?|[？?。！!，,\s]/gu
/** Fewest characters a span must have to be read as printed (a word of two or three is any sentence's). */
const MIN_SPAN = 5

/** The question's text with each organisation it names replaced by `mark`. */
function withoutOrgs(frame: QuestionFrame, mark: string): string {
  let t = frame.text
  for (const o of [...frame.orgs].sort((a, b) => b.start - a.start)) t = t.slice(0, o.start) + mark + t.slice(o.end)
  return t
}

/** The asked words once the organisation, years and asking words are taken out, in the pieces they leave. */
function askedParts(frame: QuestionFrame): string[] {
  // (a connector left alone between asking words, "…2022年和上年分别多少", is no part of the subject)
  return withoutOrgs(frame, '，').replace(ASKING, '，').split('，').map((x) => x.replace(/^的|的$/gu, '')).filter((x) => x && !/^(?:和|与|及|分别|各)+$/u.test(x))
}

/** The asked words left once the organisation, years and asking words are taken out, when they are one clause. */
function askedRest(frame: QuestionFrame): string | undefined {
  const parts = askedParts(frame)
  return parts.length === 1 ? compactText(parts[0]) : undefined
}

/** The asked words joined again across a year said between them ("体彩公益金2023年结余" → 体彩公益金结余), Han only. */
export function askedRun(frame: QuestionFrame): string | undefined {
  const run = compactText(askedParts(frame).join(''))
  return /^\p{Script=Han}+$/u.test(run) ? run : undefined
}

/** A span long enough to be read as printed. */
const spanOk = (x: string) => x.length >= MIN_SPAN && /^\p{Script=Han}+$/u.test(x)

/**
 * The subjects asked as spans of the question's own words: one span, or several listed with 、 or joined by 和/及/与
 * ("一般债务限额、专项债务限额分别是多少"), each long enough to be read as printed.
 */
function askedSpans(frame: QuestionFrame): string[] | undefined {
  const rest = askedRest(frame)
  if (!rest) return undefined
  return spanOk(rest) ? [rest] : listedSpans(rest)
}

/** Words listing several spans, with 、 or joined by 和/及/与, each long enough to be read as printed. */
const listedSpans = (words: string) => [words.split('、'), words.split(/和|及|与/u)].find((p) => p.length > 1 && p.every(spanOk))

/**
 * Rule `printed-span`: a figure asked of one named document whose prose prints the question's own words whole
 * ("一般公共预算教育经费" of a 教育经费执行情况公告: "全县一般公共预算教育经费(包括…)为13.52亿元"), when the readings by
 * term found nothing: the figure the prose states after those very words (rule prose-phrase). Never for words the prose
 * does not print as asked, and never across documents. Several spans listed (、, 和) are each read so, when the prose
 * prints every one of them.
 */
export function answerPrintedSpan(frame: QuestionFrame, targets: Target[], read: (words: string) => HandlerOutput | undefined, beyondTerms = false): HandlerOutput | undefined {
  if (targets.length !== 1 || (frame.op !== 'lookup' && frame.op !== 'change')) return undefined
  const spans = askedSpans(frame)
  const doc = targets[0].doc
  if (!spans || spans.some((span) => compactText(doc.org).includes(span))) return undefined
  // (read before the terms only where they leave some of the span's words unread, or split it into several terms: a
  // compound no term names, 一般债务|限额; "公务接待费" is its term's)
  const covered = (span: string) => frame.concepts.reduce((n, c) => n + (span.includes(compactText(c.surface)) ? compactText(c.surface).length : 0), 0)
  const beyond = (span: string) => (!!frame.unknown && covered(span) < span.length) || splitByTerms(frame, span)
  if (beyondTerms && !spans.every(beyond)) return undefined
  // (printed whole and then its figure: "一般公共预算教育经费(包括…)为13.52亿元", never words a longer name runs on from)
  const printed = (span: string) => {
    const then = new RegExp(`${escapeRegExp(span)}(?:[（(][^）)]{0,40}[)）])?(?:为|是|达到?|共|计)?\\s*-?\\d`, 'u')
    // (or split between a list's lead and its item: rule lead-item)
    return doc.paragraphs.some((p) => then.test(compactText(p.text))) || !!leadItemFigure(doc, span)
  }
  // (one span printed nowhere whole that lists several, "一般债务限额和专项债务限额": each, when each is printed)
  const listed = spans.length === 1 && !printed(spans[0]) ? listedSpans(spans[0]) : undefined
  const each = listed && listed.every((x) => beyond(x) || !beyondTerms) ? listed : spans
  if (!each.every(printed)) return undefined
  const outs = each.map(read)
  if (outs.some((out) => !out || out.notFound)) return undefined
  return { answer: joinSentences(outs.map((out) => out!.answer)) }
}

/** The span is made of two or more of the question's terms, side by side ("一般债务" then "限额"). */
function splitByTerms(frame: QuestionFrame, span: string): boolean {
  const inside = frame.concepts.filter((c) => span.includes(compactText(c.surface)))
  return inside.length >= 2 && inside.reduce((n, c) => n + compactText(c.surface).length, 0) >= span.length
}

/** "A占B的比重": the part and the whole asked, each as the question says it. */
const SHARE_OF = /^(.+?)占(.+?)的?(?:比重|比例|百分比|份额|百分之几|几成|多少)/u

/**
 * Rule `printed-span-share`: a share asked of two subjects a prose-only document prints whole, each with its amount
 * ("国家财政性教育经费占地方教育经费总收入的比重": "…总收入21.27亿元…(一)国家财政性教育经费总收入18.96亿元"): each figure
 * read after its own words, the share computed from the two and said to be computed. Undefined unless both are printed
 * as asked with a money figure.
 */
export function answerPrintedShare(run: ToolRunner, frame: QuestionFrame, targets: Target[]): HandlerOutput | undefined {
  if (targets.length !== 1 || frame.op !== 'share') return undefined
  const t = targets[0]
  const m = SHARE_OF.exec(compactText(withoutOrgs(frame, '').replace(/(?:19|20)?\d{2}年度?/gu, '')))
  if (!m) return undefined
  const [part, whole] = [m[1], m[2]].map((w) => w.replace(/^的|的$/gu, ''))
  const printed = (w: string) => w.length >= 4 && /^\p{Script=Han}+$/u.test(w) && t.doc.paragraphs.some((p) => compactText(p.text).includes(w))
  if (!printed(part) || !printed(whole)) return undefined
  const read = (w: string) => { const r = run.run('find-prose-figure', { docId: t.doc.id, name: w, kind: 'money', ownYearOnly: true }); return r.ok ? r.figures[0] : undefined }
  const [a, b] = [read(part), read(whole)]
  // (each read after its own words: a figure the sentence prints for a longer name is not it)
  if (!a || !b || !quotedAfter(a, part) || !quotedAfter(b, whole)) return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(a), operandOf(b)] })
  if (!r.ok) return undefined
  run.cite(...r.citations)
  return { answer: joinSentences([`${orgYear(t)}${part}${figureText(a)}，${whole}${figureText(b)}，${part}占${whole}的${r.result.text}（${printedAmount(a.amount)} ÷ ${printedAmount(b.amount)}，按文件所列两个数计算，文件本身没有写这个比例）`, `原文：${[...new Set([a.citation.text, b.citation.text])].join('……')}`]) }
}

/** The figure stands right after the words in its sentence (a bracketed aside and 为/是 between allowed). */
function quotedAfter(f: Figure, words: string): boolean {
  const text = compactText(f.citation.text ?? '')
  const at = text.indexOf(words)
  if (at < 0) return false
  // (the name printed with its whole's word after the words asked, "国家财政性教育经费总收入" for 国家财政性教育经费)
  const after = text.slice(at + words.length).replace(/^(?:总收入|总支出|总投入|总额|合计|总计)/u, '').replace(/^[（(][^）)]{0,40}[)）]/u, '')
  return new RegExp(`^(?:为|是|达|共)?${escapeRegExp(compactText(f.amount.text))}`, 'u').test(after)
}
