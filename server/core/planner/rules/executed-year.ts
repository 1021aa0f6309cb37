import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { sectionPath } from '../../tools/lib/citation.js'
import { proseSubjects, subjectCover, subjectFigure } from '../../tools/lib/prose-subjects.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'
import { askedText, linesOf } from './prose-subject-asked.js'

/** The whole place a 财政预算's prose speaks for ("全区财政总收入"): the place's, not a subject's word. */
const WHOLE_PLACE = /^全(?:省|市|州|盟|区|县|旗|镇|乡)/
/** "完成调整预算的百分之几", "完成预算多少": the completion rate asked, not the amount. */
// ("完成了多少", "完成数是多少" ask the amount)
const RATE_ASKED = /完成.{0,6}预算.{0,4}(?:百分之几|多少|几成|比例|[%％])|完成.{0,4}(?:百分之几|几成|比例|[%％])|完成率|完成程度/
/** The completion the prose states right after the amount: "完成调整预算的102.1%". */
const COMPLETION = /^[^。；;]{0,12}?完成((?:调整|年初|变动)?预算(?:数)?)的?(\d+(?:\.\d+)?[%％])/
const MIN_COVER = 0.6

/**
 * The year a paragraph's prose speaks of: the innermost section title naming a year ("一、2024年预算执行情况" → 2024,
 * "二、2025年预算草案" → 2025), else the year its first sentence opens with ("2024年，全区财政总收入…").
 */
function yearSpoken(doc: BudgetDocument, p: Paragraph): { year: number; executed: boolean } | undefined {
  const titles = (sectionPath(doc, p).section ?? '').split(' › ').reverse()
  for (const t of titles) {
    const years = [...compactText(t).matchAll(/(\d{4})年/g)].map((m) => Number(m[1]))
    if (years.length === 1) return { year: years[0], executed: /执行|决算|完成/.test(t) }
    if (years.length > 1) return undefined
  }
  const m = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])?(\d{4})年(?:度)?[，,]/.exec(compactText(p.text))
  return m ? { year: Number(m[1]), executed: false } : undefined
}

/** Words of the year's plan: 年初预算安排, 安排…收入, 预算数 (as the report restates it before the execution). */
const PLAN_WORDS = /安排|年初|计划|预算数/u
/** A label line of its own ("(一)年初预算安排情况。"): what the paragraphs after it up to the next label speak of. */
const LABEL_LINE = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)?\p{Script=Han}{2,16}情况[。.]?$/u

/** The figure is the plan's: its sentence says so before the amount, or the label line above its paragraph does. */
function plannedFigure(doc: BudgetDocument, paragraphId: string, sentence: string, amount: string): boolean {
  const text = compactText(sentence)
  const at = text.indexOf(amount)
  if (at >= 0 && PLAN_WORDS.test(text.slice(0, at)) && !/完成|实现|执行/u.test(text.slice(0, at))) return true
  const i = doc.paragraphs.findIndex((p) => p.id === paragraphId)
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const label = compactText(doc.paragraphs[j].text)
    if (doc.paragraphs[j].heading) break
    if (LABEL_LINE.test(label)) return PLAN_WORDS.test(label) && !/执行|完成/u.test(label)
  }
  return false
}

/**
 * Rule `executed-year`: a place's 财政预算 for year Y (预算执行情况和预算草案) reports Y−1 as executed in its prose
 * ("一、2024年预算执行情况 … 全区财政总收入329亿元,…其中地方一般公共预算收入179.1亿元,完成调整预算的102.1%").
 * A Y−1 question the held Y document reached (the year asked is not held) is answered from the subject named, as
 * stated under that year's section (or in a paragraph opening with that year), quoted, said to be the 执行数 the Y
 * document reports; the completion rate asked likewise. A figure of the draft year Y never answers.
 */
export function answerExecutedYear(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  if (t.doc.scope !== '财政预算' || t.year !== t.doc.year - 1) return undefined
  const q = askedText(frame.text, t)
  const ofYear = new Set(t.doc.paragraphs.filter((p) => !p.heading && yearSpoken(t.doc, p)?.year === t.year).map((p) => p.id))
  const seen = new Set<string>()
  // the year's plan the report restates first ("(一)年初预算安排情况。2022年全市安排…收入760459万元") is no 执行数
  const hits = proseSubjects(t.doc)
    .filter((s) => ofYear.has(s.paragraphId))
    .map((s) => ({ ...s, name: s.subject.replace(WHOLE_PLACE, '') }))
    .map((s) => ({ ...s, cover: subjectCover(q, s.name) }))
    .filter((s) => s.cover >= MIN_COVER)
    .map((s) => ({ s, f: subjectFigure(t.doc, s) }))
    .filter(({ s, f }) => f && !plannedFigure(t.doc, s.paragraphId, f.citation.text ?? '', s.amount) && !seen.has(s.name) && seen.add(s.name))
    .sort((a, b) => b.s.cover - a.s.cover || b.s.name.length - a.s.name.length)
  const s = hits[0]?.s
  const f = hits[0]?.f
  if (!s || !f) return undefined
  const doc = `${t.doc.org}${t.doc.year}年财政预算文件`
  const said = `${doc}报告了${t.year}年预算执行情况：${t.year}年${s.name}为${f.text}（执行数）`
  if (RATE_ASKED.test(q)) {
    const sentence = compactText(f.citation.text ?? '')
    const amount = compactText(`${s.amount}${s.unit}`)
    const at = sentence.indexOf(amount)
    const m = at >= 0 ? COMPLETION.exec(sentence.slice(at + amount.length)) : null
    if (!m) return undefined
    run.cite(f.citation)
    return { answer: joinSentences([`${doc}报告了${t.year}年预算执行情况：${t.year}年${s.name}${f.text}，完成${m[1]}的${m[2]}`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
  }
  run.cite(f.citation)
  return { answer: joinSentences([said, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
}
