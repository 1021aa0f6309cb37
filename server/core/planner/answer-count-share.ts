import type { HandlerInput } from './answer-types.js'
import { joinSentences, orgYear } from './compose.js'
import { statedIn } from './answer-subject-count.js'
import type { Target } from './resolve-scope.js'
import { countShareAsk } from './rules/count-share-ask.js'

/**
 * "公务用车里“其他用车”占总数的比例": two counts the text states right after the question's words for them (其他用车
 * 1,318辆, 公务用车总数1,763辆), in one unit, divided exactly by the compute tool with both cited. Undefined when
 * either is not stated so: the share is then read from the tables as before.
 */
export function countShare(inp: HandlerInput, t: Target): string | undefined {
  const ask = countShareAsk(inp.frame)
  if (!ask) return undefined
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
