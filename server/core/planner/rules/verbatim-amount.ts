import { meaningParagraphs } from '../../tools/lib/prose-may-hold.js'
import { longestShared } from '../../tools/lib/name-match.js'
import { MONEY_RE, sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { askedWords } from './asked-words.js'
import { figureText, joinSentences, orgYear } from '../compose.js'

/** Every amount of a sentence (matchAll reads a copy of it: one regex for all). */
const MONEY_ALL = new RegExp(MONEY_RE.source, 'gu')
/** Fewest characters the question must quote, word for word, right before the amount. */
const MIN_QUOTED = 8
/** The ask's own words around the words quoted: 多少, 是, 一共, 请问… */
const ASK_WORDS = /请问|一下|查询|多少钱|是多少|多少|几|一共|总共|合计|共计|大概|大约|金额|数额|资金|分别|[是为的了吗呢啊呀有钱约共各]/gu
/** What may stand between the words quoted and their amount: 为, 是, 达, 共, a colon. */
const BETWEEN = /^(?:为|是|达到?|共计?|合计|约|计|[:：])?$/u

/**
 * Rule `verbatim-amount`: a question that quotes, word for word, eight characters or more that the one document asked
 * prints right before an amount ("四所中小学校消防设施维修改造项目计划总投资" of "…项目计划总投资259.85万元") and that the
 * other readings found nothing for: that amount, read by the prose tool under those very words and cited. Only one such
 * place in the document (the longest run quoted), only a lookup.
 */
export function verbatimAmount(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope, run } = inp
  if (scope.targets.length !== 1 || (frame.op !== 'lookup' && frame.op !== 'target')) return undefined
  const t = scope.targets[0]
  // (another year asked of the document, its execution reported in it: the readings of that year's, never this one)
  if (t.year !== t.doc.year) return undefined
  const q = askedWords(frame, '|')
  let best = ''
  let amounts = new Set<string>()
  const texts = meaningParagraphs(t.doc)
  for (const [i, p] of t.doc.paragraphs.entries()) {
    if (p.heading) continue
    for (const s of sentencesOf(texts[i])) {
      for (const m of s.text.matchAll(MONEY_ALL)) {
        const before = s.text.slice(Math.max(0, m.index! - 40), m.index!)
        const quoted = longestShared(q, before)
        if (quoted.length < MIN_QUOTED || !BETWEEN.test(before.slice(before.lastIndexOf(quoted) + quoted.length))) continue
        if (quoted.length > best.length) { best = quoted; amounts = new Set([m[0]]) }
        else if (quoted === best) amounts.add(m[0])
      }
    }
  }
  if (!best || amounts.size !== 1) return undefined
  // (the quoted words are the whole of what is asked: no other words of the question's own beside them, "预计能完成" of
  // "一般公共预算收入预计能完成多少", "政府性基金" before "预算财政拨款支出" the prose prints after 一般公共)
  if (q.replace(best, '|').replace(ASK_WORDS, '|').replace(/[^\p{Script=Han}]+/gu, '|').split('|').some((w) => w.length >= 2)) return undefined
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: best, kind: 'money' })
  const f = r.ok ? r.figures[0] : undefined
  if (!f || `${f.amount.text}${f.amount.unit}` !== [...amounts][0]) return undefined
  run.cite(f.citation)
  return { answer: joinSentences([`${orgYear(t)}文件写明“${best}”为${figureText(f)}`, `原文：${f.citation.text}`]) }
}
