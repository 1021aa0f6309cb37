import { orgParts } from '../../tools/lib/org-match.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Scope } from '../resolve-scope.js'
import { SINGLE_OPS } from './clarify-org.js'

/** Words asking about several units of the city (a sum of the city, 一共/合计, is the city's own figure) */
const SEVERAL = /各|每|所有|全部|分别|哪|谁|几个|几家|这几|都|比较|对比|排名|排序|最多|最少|最大|最小|最高|最低/u

/** The city's own body: no district before it, the government itself or its finance bureau (who publish city-wide pages). */
const OWN_BODY = /^(?:人民政府|政府|财政局)$/u

/**
 * Rule `city-own-body`: a city named alone ("某某市今年的三公经费") where several of its units are held asks about the
 * city as a whole, which its own body publishes (a city-wide “三公” page, the city's total). When that body is held,
 * the question is its; when it is not, the question is left to `clarify-org`, which asks which unit is meant.
 */
export function cityOwnBody(frame: QuestionFrame, own: QuestionFrame, scope: Scope): Scope {
  if (own.orgs.length !== 1 || !own.orgs[0].cityOnly || !SINGLE_OPS.has(frame.op) || SEVERAL.test(own.text)) return scope
  const body = scope.targets.filter((t) => {
    const p = orgParts(t.doc.org, t.doc.region)
    return !p.stem && OWN_BODY.test(p.core)
  })
  const orgs = new Set(body.map((t) => t.doc.org))
  if (orgs.size !== 1) return scope
  // the other units of the city were not asked about: nothing is said of them, not even that a year is missing
  const others = [...new Set(scope.targets.map((t) => t.doc.org).filter((o) => !orgs.has(o)))].map((o) => o.replace(/^原/, ''))
  const said = (n: string) => others.some((o) => n.includes(o)) || (scope.missingYear ?? []).some((m) => n.includes(m.org))
  return { ...scope, targets: body, missingYear: undefined, notes: scope.notes.filter((n) => !said(n)) }
}
