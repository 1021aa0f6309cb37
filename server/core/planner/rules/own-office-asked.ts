import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { compactText } from '../../search/normalize-text.js'
import { moneyColumns, unitTables } from '../../tools/lib/member-units.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Scope } from '../resolve-scope.js'
import type { MemberUnitHit } from './member-unit-asked.js'

/** 本级 said of a named organisation: its own office, apart from the units its disclosure also covers. */
const OWN = /本级/u
/** Concepts a per-unit table prints for each unit: its totals (支出/收入 合计) and its 三公 */
const PER_UNIT = new Set(['spending-total', 'income-total', 'three-public'])

/**
 * Rule `own-office-asked`: "某某镇政府本级…支出合计多少" asks the department's own office (本级), which a disclosure
 * covering several units prints as its own row of a per-unit table ("某某镇人民政府（本级）"), not the department's
 * 合计. One organisation named, a per-unit table with one 本级 row, and a subject that table prints (its totals or a
 * column it has): that row is read like a member unit's. Anything else (机关运行经费 of the 本级) is left to the rest.
 */
export function ownOfficeAsked(v: Vocabulary, frame: QuestionFrame, text: string, scope: Scope): MemberUnitHit | undefined {
  if (!OWN.test(text) || !scope.named || new Set(scope.targets.map((t) => t.doc.org)).size !== 1) return undefined
  const subjects = frame.concepts.filter((c) => c.kind !== 'weak' && c.kind !== 'column')
  for (const t of scope.targets) {
    for (const u of unitTables(t.doc)) {
      const own = u.rows.filter((r) => OWN.test(r.name))
      if (own.length !== 1) continue
      const headers = moneyColumns(u.table).map((c) => compactText(c.label))
      const printed = (name: string) => PER_UNIT.has(v.conceptOf(name)?.id ?? '') || headers.some((h) => h.includes(compactText(name)))
      if (subjects.every((c) => printed(c.name) || printed(c.surface))) return { doc: t.doc, unit: own[0].name, form: '本级' }
    }
  }
  return undefined
}
