import { compactText } from '../search/normalize-text.js'
import { sentencesOf } from '../tools/lib/prose.js'
import { verbatimQuote } from '../tools/lib/verbatim.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { joinSentences, orgYear } from './compose.js'

/** A project's 绩效自评 asked: its score, or the problems it found. */
const ASKS_EVALUATION = /自评|绩效评价/u
const ASKS_SCORE = /得了?多少分|得分|自评分|评分|几分|多少分/u
const ASKS_PROBLEM = /问题|不足|短板/u
/** "自评得分96分", "评价得分为88.5分" */
const SCORE_SAID = /得分\s*(?:为|是)?\s*\d+(?:\.\d+)?\s*分/u
const PROBLEM_SAID = /问题|不足/u
/** The question's own words after the project's name ("…项目绩效自评得" left unclaimed): cut off */
const ASK_WORDS = /(?:项目|经费|资金)*(?:的)?(?:绩效|自评|评价|得分|得了|多少分|几分).*$/u

/**
 * Rule `stated-evaluation`: a 决算's 项目绩效评价情况说明 states a project's 绩效自评 in prose ("本部门对某某项目开展了
 * 绩效自评，自评得分88分……发现的问题是…"), with no 绩效自评表 held. The score asked, and the problems when asked, are
 * quoted from that paragraph, found by the project's words; undefined when no paragraph states a score for them, or
 * when the project is one a held form names (its 总分 row answers).
 */
export function answerStatedEvaluation(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  const text = frame.text
  if (!ASKS_EVALUATION.test(text) || !(ASKS_SCORE.test(text) || ASKS_PROBLEM.test(text))) return undefined
  // a project a held form or 绩效 table names is answered from that form (answer-target), not from prose
  if (frame.concepts.some((c) => c.kind === 'project')) return undefined
  const words = compactText(frame.unknown ?? '').replace(ASK_WORDS, '')
  const project = words.length >= 3 ? words : undefined
  const outs = scope.targets.slice(0, 6).flatMap((t) => {
    const r = run.run('search-text', { docId: t.doc.id, query: `${project ?? ''} 绩效自评 得分`.trim(), mustContain: ['得分'], limit: 10 })
    if (!r.ok) return []
    const i = r.hits.findIndex((h) => SCORE_SAID.test(h.text) && (!project || compactText(h.text).includes(project)))
    if (i < 0) return []
    const said = sentencesOf(r.hits[i].text).map((s) => s.text.trim().replace(/[。；;]$/, ''))
    const score = said.find((s) => SCORE_SAID.test(s))!
    const problem = ASKS_PROBLEM.test(text) ? said.find((s) => s !== score && PROBLEM_SAID.test(s)) : undefined
    // quoted as printed (full-width punctuation, the project's brackets), the cut between the two sentences marked
    const p = t.doc.paragraphs.find((x) => x.id === r.hits[i].paragraphId)
    const excerpt = [score, problem].filter(Boolean).join('。')
    const quote = (p && verbatimQuote(p.printed ?? p.text, excerpt)) ?? excerpt
    run.cite({ ...r.citations[i], text: quote })
    const none = ASKS_PROBLEM.test(text) && !problem ? '文件没有写明发现的问题' : undefined
    return [joinSentences([`${orgYear(t)}${t.doc.scope}文件说明：${quote}`, none])]
  })
  if (outs.length) return { answer: outs.join('') }
  // rule no-stated-score: a score asked of documents that hold no 绩效自评 (no form, no 得分 column, no paragraph
  // stating one) is not given: said so, never answered by the project's money
  const scored = (t: (typeof scope.targets)[number]) => t.doc.scope === '绩效自评' || t.doc.tables.some((x) => x.columns.some((c) => /得分|分值|评分/u.test(c.label)))
  if (!ASKS_SCORE.test(text) || !scope.targets.length || scope.targets.length > 6 || scope.targets.some(scored)) return undefined
  const named = project ?? frame.concepts.find((c) => c.kind === 'row' || c.kind === 'lexicon')?.surface
  const what = named ? `“${named}”的` : ''
  return { answer: joinSentences(scope.targets.slice(0, 6).map((t) => `${orgYear(t)}${t.doc.scope}没有给出${what}绩效自评得分`)), notFound: true }
}
