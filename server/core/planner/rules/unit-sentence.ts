import { quotedSentence } from '../../tools/lib/citation.js'
import { proseSentences } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { ToolRunner } from '../tool-runner.js'
import { mostShared, questionPairs } from './closest-passage.js'
import { unitForms, type MemberUnitHit } from './member-unit-asked.js'

/** Words every question of an amount or a count says. */
const ASK_WORDS = /是多少|多少|几[个名人项所位辆台]?|有没有|是否/gu
/** A count stated: a number with a measure word, never an amount of money. */
const COUNT = /\d+(?:人|名|个|辆|所|户|家|项|件|台|套|间|座|次|批)/u
/** Fewest question pairs a sentence must share, and the share of their weight. */
const MIN_SHARED = 2
const MIN_COVER = 0.6

/**
 * Rule `unit-sentence`: something other than money asked of one of a department's units ("椋川县第一中学有多少在校
 * 学生") is read in the department's prose, in the sentences naming that unit: the one sharing most of the question's
 * own words (character pairs, the unit's and department's names left out, rarer pairs weighing more) is quoted with its
 * lines. Undefined when no sentence naming the unit shares enough of them.
 */
export function unitSentence(run: ToolRunner, hit: MemberUnitHit, text: string): HandlerOutput | undefined {
  const forms = unitForms(hit)
  // (the ask's own words, 多少 and 几, pick no sentence)
  const pairs = questionPairs(text.replace(ASK_WORDS, '，'), [...forms, hit.doc.org])
  if (pairs.length < MIN_SHARED) return undefined
  const all = proseSentences(hit.doc)
  const naming = all.filter((x) => forms.some((f) => x.c.includes(f)))
  if (!naming.length) return undefined
  // (a count asked, 多少/几, is answered only by a sentence stating a count: never one stating money beside the words)
  const counted = /多少|几/u.test(text) ? naming.filter((x) => COUNT.test(x.c)) : naming
  const best = mostShared(counted, all, pairs, MIN_SHARED, MIN_COVER)
  if (!best) return undefined
  const { cite, quote } = quotedSentence(hit.doc, best.p, best.s)
  run.cite(cite)
  return { answer: `${hit.doc.org}${hit.doc.year}年${hit.doc.scope}关于${hit.unit}写明：${quote}。` }
}
