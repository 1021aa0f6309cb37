import type { Citation } from '../schema.js'
import { verbatimQuote } from '../tools/lib/verbatim.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { joinSentences, orgYear } from './compose.js'
import type { Target } from './resolve-scope.js'
import { subjectCountAsks, type SubjectCountAsk } from './rules/subject-count-ask.js'

const UNITS = '批次|人次|辆|人|个|名|台|家|项|次|批'
/**
 * Right after the subject's own words: only a joining word (共计, 为, ：), then the count. "1,845人", or a bare number
 * where the text lists items without their unit ("执法执勤用车417特种专业技术用车15"); never money, a share or a date.
 */
const COUNT_AFTER = new RegExp(`^(总数|共计|共有|合计|总计|共|为|是|有|达|[:：])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.%％]|,\\d)\\s*(${UNITS})?`)
/** Before a name's own start: nothing, a mark or a number, or a joining word (其中, 共, 有, 和…). */
const NAME_START = /(?:^|[^\p{Script=Han}]|其中|共有|共|有|和|及|与|的|为|即)$/u
/** A sentence listing a whole's parts ("其中:行政编制财政供养人员…" lists kinds; "其中：某局（机关）编制…" units). */
const PART_LINE = /^\s*其中[:：]?/u
/** A unit named right before the words: the count is that unit's. */
const UNIT_BEFORE = /(?:局|中心|院|站|所|队|馆|学校|中学|小学|幼儿园|办|委员会|委|会)(?:[（(](?:机关|本级|本部)[)）])?$/u
/** What no count is followed by: a date, money, a decimal. */
const NOT_COUNT = /^[年月日元万亿千]/

export interface Stated { ask: SubjectCountAsk; label: string; text: string; unit?: string; sentence: string; citation: Citation; source: string }

/** The count a sentence states right after the subject's words (any occurrence), in a unit the ask allows. */
function countIn(sentence: string, ask: SubjectCountAsk): { label: string; text: string; unit?: string } | undefined {
  for (let at = sentence.indexOf(ask.subject); at >= 0; at = sentence.indexOf(ask.subject, at + 1)) {
    // "离退休人员" is not "退休人员": the words start a name of their own, after a mark, a number or a joining word
    if (!NAME_START.test(sentence.slice(0, at))) continue
    // (a part's count, in a sentence opening 其中 that names its units: "其中：某局（机关）编制18人、…" is the 机关's,
    // never the department's; the unit's own count is member-unit-asked's)
    if (PART_LINE.test(sentence) && UNIT_BEFORE.test(sentence.slice(0, at))) continue
    // "退休人员1,206人" is no count of 退休 itself: only a joining word may stand between the words and the count
    const rest = sentence.slice(at + ask.subject.length)
    const m = COUNT_AFTER.exec(rest)
    if (!m || NOT_COUNT.test(rest.slice(m[0].length))) continue
    const unit = m[3]
    if (unit && ask.units && !ask.units.includes(unit)) continue
    // a number with no unit is read only where it runs straight into the next listed name ("执法执勤用车417特种…")
    if (!unit && (!/^\d/.test(rest) || !/^\p{Script=Han}/u.test(rest.slice(m[0].length)))) continue
    return { label: ask.subject + (m[1] === '总数' ? '总数' : ''), text: m[2], unit }
  }
  return undefined
}

/** The first sentence of a document stating the count asked right after its words. */
export function statedIn(inp: HandlerInput, t: Target, ask: SubjectCountAsk): Stated | undefined {
  const r = inp.run.run('search-text', { docId: t.doc.id, query: ask.subject, mustContain: [ask.subject], limit: 20 })
  if (!r.ok) return undefined
  for (const [i, h] of r.hits.entries()) {
    for (const s of h.sentences) {
      const n = countIn(s, ask)
      if (n) return { ask, ...n, sentence: s, citation: r.citations[i], source: h.printed ?? h.text }
    }
  }
  return undefined
}

/**
 * "财政供养人员一共多少人", "离休、退休各几人": counts the text states right after the question's own words for them,
 * each with the sentence it was read from. Answers only when every count asked is stated so; otherwise undefined,
 * and the vocabulary's counts (编制, 车辆…) answer as before.
 */
export function answerSubjectCounts(inp: HandlerInput): HandlerOutput | undefined {
  const asks = subjectCountAsks(inp.frame)
  if (!asks.length) return undefined
  const outs: string[] = []
  for (const t of inp.scope.targets.slice(0, 6)) {
    const stated = asks.map((a) => statedIn(inp, t, a))
    if (stated.some((s) => !s)) return undefined
    const found = stated as Stated[]
    const quotes = [...new Set(found.map((s) => verbatimQuote(s.source, s.sentence) ?? s.sentence))]
    for (const s of found) inp.run.cite({ ...s.citation, text: verbatimQuote(s.source, s.sentence) ?? s.sentence })
    const figures = found.map((s) => `${s.label}${s.unit ? `${s.text}${s.unit}` : `${s.text}（原文未写单位）`}`)
    outs.push(joinSentences([`${orgYear(t)}${figures.join('，')}`, `原文：${quotes.map((q) => q.replace(/[。；;，,]$/, '')).join('……')}`]))
  }
  return outs.length ? { answer: outs.join('') } : undefined
}
