import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { compactText } from '../../search/normalize-text.js'
import { quotedSentence } from '../../tools/lib/citation.js'
import { proseSentences } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { QuestionFrame } from '../question-frame.js'
import type { ToolRunner } from '../tool-runner.js'
import { unitForms, type MemberUnitHit } from './member-unit-asked.js'

/** an amount in money */
const MONEY = /\d[\d,.]*\s*(?:万元|亿元|元)/u

/** A subject the tables never print (机关运行经费: the lexicon gives it no table kind), asked of a member unit. */
export function proseOnlySubject(v: Vocabulary, frame: QuestionFrame, unitWords: (w: string) => boolean): QuestionFrame['concepts'][number] | undefined {
  return frame.concepts.find((c) => c.kind === 'lexicon' && !unitWords(compactText(c.surface)) && v.conceptOf(c.name)?.tableKinds.length === 0)
}

/**
 * Rule `unit-prose-subject`: a subject only the prose states (机关运行经费) asked of one of a department's units is
 * never that unit's row of the per-unit tables (its 本年收入合计 is not its 机关运行经费): the sentence of the
 * department's prose that names both the unit and the subject is quoted ("综合服务中心为事业单位，不统计机关运行经费"),
 * else the answer says the document gives no such figure for the unit.
 */
export function answerUnitProseSubject(run: ToolRunner, hit: MemberUnitHit, subject: QuestionFrame['concepts'][number]): HandlerOutput {
  const lc = run.vocabulary.conceptOf(subject.name)
  const words = [...new Set([subject.surface, subject.name, ...(lc?.aliases ?? []), ...(lc?.prose ?? [])].map(compactText).filter((w) => w.length >= 2))]
  const forms = unitForms(hit)
  const x = proseSentences(hit.doc).find((y) => forms.some((u) => y.c.includes(u)) && words.some((w) => y.c.includes(w)))
  if (x) {
    const { cite, quote } = quotedSentence(hit.doc, x.p, x.s)
    run.cite(cite)
    // (a sentence stating the unit's amount is the answer itself, quoted)
    const lead = MONEY.test(x.s) ? `${hit.doc.org}${hit.doc.year}年${hit.doc.scope}关于${hit.unit}的${subject.surface}` : `${hit.doc.org}${hit.doc.year}年${hit.doc.scope}没有列出${hit.unit}的${subject.surface}金额`
    return { answer: `${lead}，文件写明：${quote}。` }
  }
  return { answer: `没有找到${hit.unit}的${subject.surface}数字：${hit.doc.org}${hit.doc.year}年${hit.doc.scope}没有单列${hit.unit}的${subject.surface}。`, notFound: true }
}
