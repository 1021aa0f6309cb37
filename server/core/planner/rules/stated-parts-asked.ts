import type { HandlerInput } from '../answer-types.js'
import { figureText, joinSentences, labelOf, orgYear, stageWord } from '../compose.js'
import { figureFor } from '../figure-for.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'

/** "收入预算由哪几块构成", "分成哪几部分", "包括哪些部分": the parts a whole is made of, asked after it. */
export const PARTS_OF_WHOLE = /(?:由|分成|分为|包括|包含)(?:哪几|哪些|几)(?:块|部分|项|个部分|方面|类)|(?:怎么|如何)?(?:构成|组成)(?:的|情况)?|哪几块|哪几部分/u

/**
 * Rule `stated-parts`: a whole only the prose states, asked with its parts ("永胜镇2024年收入预算由哪几块构成"): the
 * parts its own sentence lists after it (其中:本年财政拨款收入…;上年结转…), each as printed and cited (tool stated-parts),
 * and whether they add up to it. Undefined when the whole is a table row (its table's lines answer) or no list follows.
 */
export function statedPartsAnswer(inp: HandlerInput, t: Target, subject: ConceptHit): string | undefined {
  const f = figureFor(inp.run, t, subject).figure
  if (!f || f.rowId || !f.citation.paragraphId || f.fen === undefined) return undefined
  const r = inp.run.run('stated-parts', { paragraphId: f.citation.paragraphId, value: f.amount.value })
  if (!r.ok) return undefined
  inp.run.cite(...r.citations)
  const label = labelOf(f, subject.name)
  const list = r.parts.map((p) => `${p.label}${figureText(p)}`).join('，')
  const sum = r.complete ? '各部分之和与总数相符' : '文件所列各部分之和与总数不等，以上为文件所列的部分'
  return joinSentences([`${orgYear(t)}${label}${stageWord(t, label)}为${figureText(f)}，其中：${list}（${sum}）`])
}
