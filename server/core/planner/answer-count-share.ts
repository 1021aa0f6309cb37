import type { HandlerInput } from './answer-types.js'
import { joinSentences, orgYear } from './compose.js'
import { statedIn } from './answer-subject-count.js'
import type { Target } from './resolve-scope.js'
import { countShareAsk } from './rules/count-share-ask.js'
import { PEOPLE } from './rules/prose-count-asked.js'

/**
 * "公务用车里“其他用车”占总数的比例": two counts the text states right after the question's words for them (其他用车
 * 1,318辆, 公务用车总数1,763辆), in one unit, divided exactly by the compute tool with both cited. Undefined when
 * either is not stated so: the share is then read from the tables as before.
 */
export function countShare(inp: HandlerInput, t: Target): string | undefined {
  const ask = countShareAsk(inp.frame)
  if (!ask) return undefined
  return wordsShare(inp, t, ask) ?? statedCountShare(inp, t)
}

/**
 * "在职人员占编制数的比例": two of the counts the standard sections state (实有人员, 编制), each read by its own keywords
 * (find-prose-figure kind count), the first named the part. Undefined unless both are stated in one unit.
 */
function statedCountShare(inp: HandlerInput, t: Target): string | undefined {
  const ids = inp.frame.concepts.filter((c) => c.kind === 'count' && inp.run.vocabulary.countOf(c.name)).map((c) => c.name)
  if (ids.length !== 2) return undefined
  const figs = ids.map((name) => inp.run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'count' }))
  const [a, b] = figs.map((r) => (r.ok ? r.figures[0] : undefined))
  if (!a || !b || !a.citation.paragraphId || !b.citation.paragraphId) return undefined
  const unit = (f: typeof a) => f.amount.unit
  if (!sameCountUnit(unit(a), unit(b))) return undefined
  const r = inp.run.run('compute', { op: 'share', operands: [a, b].map((f) => ({ paragraphId: f.citation.paragraphId!, value: f.amount.text, unit: unit(f) })) })
  if (!r.ok) return undefined
  inp.run.cite(a.citation, b.citation, ...r.citations)
  const [la, lb] = ids.map((id) => inp.run.vocabulary.lexicon.counts.find((c) => c.id === id)?.label ?? id)
  return joinSentences([`${orgYear(t)}${la}${a.amount.text}${unit(a)}，占${lb}${b.amount.text}${unit(b)}的${r.result.text}（${a.amount.text} ÷ ${b.amount.text}）`, `原文：${a.citation.text}`])
}

const sameCountUnit = (a: string, b: string) => a === b || (PEOPLE.has(a) && PEOPLE.has(b))

/** The share of two counts stated right after the question's own words for them. */
function wordsShare(inp: HandlerInput, t: Target, ask: { part: string; whole: string }): string | undefined {
  const part = statedIn(inp, t, { subject: ask.part })
  const whole = statedIn(inp, t, { subject: ask.whole })
  if (!part || !whole || !part.unit || part.unit !== whole.unit || !part.citation.paragraphId || !whole.citation.paragraphId) return undefined
  const r = inp.run.run('compute', {
    op: 'share',
    operands: [part, whole].map((s) => ({ paragraphId: s.citation.paragraphId!, value: s.text, unit: s.unit! })),
  })
  if (!r.ok) return undefined
  inp.run.cite(...r.citations)
  const u = part.unit
  return joinSentences([`${orgYear(t)}${part.label}${part.text}${u}，占${whole.label}${whole.text}${u}的${r.result.text}（${part.text} ÷ ${whole.text}）`])
}
