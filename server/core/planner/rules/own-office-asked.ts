import { unitTables } from '../../tools/lib/member-units.js'
import type { Scope } from '../resolve-scope.js'
import type { MemberUnitHit } from './member-unit-asked.js'

/** 本级 said of a named organisation: its own office, apart from the units its disclosure also covers. */
const OWN = /本级/u

/**
 * Rule `own-office-asked`: "某某镇政府本级…支出合计多少" asks the department's own office (本级), which a disclosure
 * covering several units prints as its own row of a per-unit table ("某某镇人民政府（本级）"), not the department's
 * 合计. One organisation named, a per-unit table with a 本级 row: that row is read like a member unit's.
 */
export function ownOfficeAsked(text: string, scope: Scope): MemberUnitHit | undefined {
  if (!OWN.test(text) || !scope.named || new Set(scope.targets.map((t) => t.doc.org)).size !== 1) return undefined
  for (const t of scope.targets) {
    for (const u of unitTables(t.doc)) {
      const own = u.rows.filter((r) => OWN.test(r.name))
      if (own.length === 1) return { doc: t.doc, unit: own[0].name, form: '本级' }
    }
  }
  return undefined
}
