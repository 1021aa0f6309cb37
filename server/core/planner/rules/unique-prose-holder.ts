import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { namedText } from '../../tools/lib/named-text.js'
import type { QuestionFrame } from '../question-frame.js'

/** Operations that look across organisations on purpose. */
const ACROSS = new Set(['rank', 'compare', 'list', 'define'])
/** Question words are never part of a name. */
const ASKING = /多少|几|哪|什么|吗|是否|有没有|怎么|如何|为何|为什么|为啥|请问/
const SHORTEST = 4
const LONGEST = 12
const MAX_QUESTION = 40


/**
 * Rule `unique-prose-holder`: no organisation named and no subject the lexicon knows, and the question names a thing
 * ("数说红河展厅", a project, a hall, a programme) that one held organisation's document names and no other's: that
 * document is the one asked about (said in a note), never every organisation held. The longest such name (4–12
 * characters of the question, no question word in it) decides.
 */
export function uniqueProseHolder<T extends { doc: BudgetDocument }>(frame: QuestionFrame, targets: T[]): { targets: T[]; note?: string } {
  // (a 类 no held table prints is named only in prose, as the thing is)
  if (targets.length < 2 || ACROSS.has(frame.op) || frame.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'count' && !c.classOnly)) return { targets }
  if (new Set(targets.map((t) => t.doc.org)).size < 2) return { targets }
  const q = compactText(frame.text)
  if (q.length > MAX_QUESTION) return { targets }
  for (let len = Math.min(LONGEST, q.length); len >= SHORTEST; len--) {
    for (let i = 0; i + len <= q.length; i++) {
      const name = q.slice(i, i + len)
      if (!/^\p{Script=Han}+$/u.test(name) || ASKING.test(name)) continue
      const holders = targets.filter((t) => namedText(t.doc).includes(name))
      if (holders.length === 0) continue
      if (new Set(holders.map((t) => t.doc.org)).size > 1) return { targets }
      return { targets: holders, note: `未指定单位，所收录文件中只有${holders[0].doc.org}提到“${name}”，按其回答` }
    }
  }
  return { targets }
}

/** Does a question with no budget word name a thing some held document names (then it is no small talk)? A few documents only. */
export function namesHeldThing(text: string, docs: readonly BudgetDocument[]): boolean {
  const q = compactText(text)
  if (docs.length > 50 || q.length > MAX_QUESTION) return false
  for (let i = 0; i + SHORTEST <= q.length; i++) {
    const name = q.slice(i, i + SHORTEST)
    if (/^\p{Script=Han}+$/u.test(name) && !ASKING.test(name) && docs.some((d) => namedText(d).includes(name))) return true
  }
  return false
}

/** Endings only an administrative body or an institution has (厅, 馆, 中心 may be a hall or a programme). */
const BODY_END = /(?:局|委员会|委|办公室|人民政府|政府|办事处|学校|中学|小学|医院|卫生院|林场)$/u

/**
 * An "organisation" no document is held for whose whole name one held document's text names ("数说红河展厅": 厅 is
 * also a department's word) is a thing that document describes: that document, said in a note. A few documents only.
 */
export function thingNamedBy(docs: readonly BudgetDocument[], name: string): { doc: BudgetDocument; note: string } | undefined {
  const n = compactText(name)
  // a body's name ("三亚市林业局", the parent a 林场's page names) is another organisation, never a thing described
  if (docs.length > 50 || n.length < SHORTEST || BODY_END.test(n)) return undefined
  const holders = docs.filter((d) => namedText(d).includes(n))
  if (new Set(holders.map((d) => d.org)).size !== 1) return undefined
  const doc = [...holders].sort((a, b) => b.year - a.year)[0]
  return { doc, note: `所收录文件中只有${doc.org}提到“${n}”，按其回答` }
}
