import { compactText } from '../../search/normalize-text.js'
import { meaningParagraphs } from '../../tools/lib/prose-may-hold.js'
import type { HandlerOutput } from '../answer-types.js'
import { orgYear } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'

/** Whether a document prints these words whole, in a paragraph or as a row's name (医疗卫生与计划生育支出: one name). */
function printsWhole(t: Target, words: string): boolean {
  const w = compactText(words)
  return meaningParagraphs(t.doc).some((p) => p.includes(w)) ||
    t.doc.tables.some((x) => x.rows.some((r) => compactText(r.name).includes(w)))
}

/**
 * Rule `joined-phrases`: two subjects no table or term names, joined and each asked ("税收收入和非税收入各是多少",
 * "税收和非税收入分别完成多少"), are each read where the prose states them, in the order asked; one the prose does not
 * state is said not to be stated, never left out in silence. Undefined when neither is stated, or when a document asked
 * prints the two with their joiner as one name.
 */
export function answerJoinedPhrases(frame: QuestionFrame, targets: Target[], read: (words: string) => HandlerOutput | undefined): HandlerOutput | undefined {
  const j = frame.joinedUnknown
  if (!j || j.withConcept || j.words.length < 2 || !targets.length || targets.some((t) => printsWhole(t, j.whole))) return undefined
  const outs = j.words.map((w) => ({ w, out: read(w) }))
  if (!outs.some((o) => o.out && !o.out.notFound)) return undefined
  return { answer: outs.map((o) => (o.out && !o.out.notFound ? o.out.answer : unstated(targets, o.w))).join('') }
}

const unstated = (targets: Target[], w: string) => targets.slice(0, 6).map((t) => `${orgYear(t)}的文件没有写明“${w}”的金额。`).join('')

/**
 * The same rule, its other reading: words no term names joined to a subject a term does ("人员支出和项目支出分别多少",
 * "社保就业支出和医疗卫生与计划生育支出各多少"): the term's answer, and the words read in the prose, on the side asked.
 * Undefined when the prose does not state them (the term's answer stands alone, as before).
 */
export function withJoinedPhrase(frame: QuestionFrame, targets: Target[], out: HandlerOutput, read: (words: string) => HandlerOutput | undefined): HandlerOutput | undefined {
  const j = frame.joinedUnknown
  if (!j?.withConcept || out.notFound || !targets.length) return undefined
  // (the words may themselves be two, or one name the document prints whole)
  const words = j.words.length > 1 && !targets.some((t) => printsWhole(t, j.whole)) ? j.words : [j.whole]
  const extras = words.map((w) => read(w)).filter((x): x is HandlerOutput => !!x && !x.notFound)
  if (extras.length < words.length) return undefined
  // (words whose figure the answer already states, read as a subject of its own there, add nothing)
  const fresh = extras.filter((x) => !statedIn(out.answer, x.answer))
  if (!fresh.length) return undefined
  const extra = fresh.map((x) => x.answer).join('')
  return { ...out, answer: j.withConcept === 'after' ? extra + out.answer : out.answer + extra }
}

/** The amount an answer states first ("…的金额为306.74亿元"), already stated by the other. */
function statedIn(answer: string, extra: string): boolean {
  const first = /\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)/u.exec(extra.split('原文')[0])?.[0]
  return !!first && answer.includes(first)
}
