import { compactText } from '../../search/normalize-text.js'
import type { LexConcept, LexPart } from '../../lexicon/lexicon-schema.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { ConceptHit, QuestionFrame } from '../question-frame.js'

/** "都是什么类型", "包括哪些费用", "怎么构成": the kinds a whole is split into, asked after the whole is named. */
const KINDS_ASK = /(?:什么|哪些|哪几|哪)(?:种|个|几)?(?:类型|类别|种类|类|费用|项|方面|内容|部分)|构成|组成|分类|分项|都有哪些|包括哪些|包含哪些|都包括|都包含|(?:买|采购|购买)(?:了|些)?(?:什么|哪些)/
/** "占多少", "占比": the part's share of the whole is asked too. */
const SHARE_ASK = /占比|所占|比例|比重|百分比|占.{0,6}(?:多少|几成)/

const OPS = new Set<QuestionFrame['op']>(['lookup', 'share', 'breakdown'])

export interface PartsAsk {
  whole: ConceptHit
  concept: LexConcept
  /** the parts to answer, in the lexicon's order: every part when the kinds are asked, else the parts named */
  parts: LexPart[]
  share: boolean
}

/**
 * Is a part named after `from`? Not inside another subject's words ("食品安全监督抽检服务" is an item bought, not
 * 服务类), unless those words are the part's own name ("公务接待费", "服务类").
 */
function namedAfter(p: LexPart, frame: QuestionFrame, from: number, to = Infinity): boolean {
  const own = new Set(p.aliases.map(compactText))
  const others = frame.concepts.filter((c) => !own.has(compactText(c.surface)))
  for (const a of own) {
    for (let i = frame.text.indexOf(a, from); i >= 0 && i + a.length <= to; i = frame.text.indexOf(a, i + 1)) {
      // (nor the words right before another subject, which they qualify: "公务用车" of 公务用车|购置费 asks the 购置费, not
      // the whole 公务用车购置及运行费)
      if (!others.some((c) => (i < c.end && i + a.length > c.start) || c.start === i + a.length)) return true
    }
  }
  return false
}

/**
 * Rule `concept-parts`: a whole every disclosure splits the same way (三公 into 因公出国(境)费, 公务用车购置及运行费,
 * 公务接待费; 政府采购 into 货物, 工程, 服务) asked with its kinds ("都是什么类型") or with parts named after it
 * ("服务类采购", "三公经费里的公务接待费"): answered as the whole and those parts, each read where the whole is stated.
 */
export function partsAsked(v: Vocabulary, frame: QuestionFrame): PartsAsk | undefined {
  if (!OPS.has(frame.op)) return undefined
  for (const whole of frame.concepts) {
    const concept = v.conceptOf(whole.name)
    if (!concept?.parts?.length) continue
    const after = frame.text.slice(whole.end)
    const named = concept.parts.filter((p) => namedAfter(p, frame, whole.end))
    const kinds = KINDS_ASK.test(after)
    // a part's share named before its whole ("公务用车费用在三公经费里占比多少", "接待费占三公经费的比重")
    // (only a part no other reading took, "公务用车费用": a part read as a subject of its own, 公务接待费, is the share rule's)
    const taken = frame.concepts.some((c) => c !== whole && c.kind !== 'weak' && c.end <= whole.start)
    const before = !named.length && !kinds && !taken && SHARE_ASK.test(after) ? concept.parts.filter((p) => namedAfter(p, frame, 0, whole.start)) : []
    if (before.length === 1) return { whole, concept, parts: before, share: true }
    if (!named.length && !kinds) continue
    // (a subject named after the whole that is none of its parts, a part's own part: "三公经费里公务用车运行维护费和公务
    // 接待费各多少" asks two rows, never the whole with one part)
    const partWords = new Set(named.flatMap((p) => [p.label, ...p.aliases].map(compactText)))
    const isPart = (w: string) => [...partWords].some((p) => p.includes(w) || w.includes(p))
    const other = frame.concepts.some((c) => c !== whole && c.start >= whole.end && (c.kind === 'row' || c.kind === 'lexicon') && !isPart(compactText(c.surface)) && !isPart(compactText(c.name)))
    if (other && !kinds) return undefined
    return { whole, concept, parts: kinds ? concept.parts : named, share: SHARE_ASK.test(after) }
  }
  return undefined
}
