import type { BudgetDocument } from '../../schema.js'
import { orgParts } from '../../tools/lib/org-match.js'
import type { OrgMention } from '../../tools/lib/org-mention.js'
import type { OrgScope } from '../../tools/lib/org-scope.js'
import type { QuestionFrame } from '../question-frame.js'

/** A name that is the place's own account: the place alone (某区), its 本级, or its government (某县人民政府). */
const OWN_CORE = /^(?:(?:人民)?政府|[（(]?本级[）)]?)?$/u

/** Questions over the units of a place, not of its government: which one, every one, how many, all of them. */
const OVER_UNITS = /各|哪(?:个|些|家)|所有|每个|分别|多少(?:个|家)单位|几(?:个|家)单位/u

/**
 * Rule place-own-first: a place named alone ("宁县", "某区") with no department or unit, when the place's own account
 * (a report of its government, its 本级) is held beside its townships' and departments' documents, is the place's own
 * account: "宁县一般公共预算收入" is the county's, not its township's that also begins 宁县. A question over the
 * place's units (各单位, 哪个, 所有) keeps them all.
 */
export function placeOwnFirst(groups: OrgScope[], mentions: OrgMention[], frame: QuestionFrame): OrgScope[] {
  if (frame.op === 'rank' || frame.op === 'list' || OVER_UNITS.test(frame.text)) return groups
  return groups.map((g, i) => {
    const m = mentions[i]
    if (!m?.stem || m.dept || m.type || m.unit || m.orgs?.length || m.level || g.docs.length < 2) return g
    const own = g.docs.filter((d) => ownAccount(d))
    return own.length && own.length < g.docs.length ? { ...g, docs: own } : g
  })
}

const ownAccount = (d: BudgetDocument) => OWN_CORE.test(orgParts(d.org, d.region).core)
