import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { ColumnRole } from '../../schema.js'
import type { ConceptHit } from '../question-frame.js'

/** A column group and the columns it splits into: 基本支出 into 人员经费 and 公用经费. */
const PARTS: Partial<Record<ColumnRole, ColumnRole[]>> = { basic: ['personnel', 'public'] }
const SHARE_WORDS = /占|比例|比重|百分之|几成/u
/** Only the words that join a group to its parts, and its parts to each other: 里, 中, 的, 其中, 和, 、 */
const JOIN = /^[\u0000\s]*(?:里面?|中|当中|之中|的|其中|包括|和|与|及|、)?[\u0000\s]*(?:的)?[\u0000\s]*$/u

/**
 * Rule `parts-under-group`: "基本支出里人员经费和公用经费分别多少" names a column group, then its columns. A corpus whose
 * tables print 人员经费 as a row name of their own (a school's 收支总表: 一、人员经费) reads the parts as rows there; after
 * their group they are its columns, whatever other documents print (in place: the hits' kind and role).
 */
export function partsUnderGroup(hits: ConceptHit[], masked: string, v: Vocabulary): void {
  // (a share asked, "基本支出中人员经费占多少比例", reads the part over its group: the share rules' reading)
  if (SHARE_WORDS.test(masked)) return
  for (const group of hits.filter((h) => h.kind === 'column' && h.role && PARTS[h.role])) {
    const parts = PARTS[group.role!]!
    let from = group.end
    for (const h of [...hits].filter((x) => x.start >= group.end).sort((a, b) => a.start - b.start)) {
      const role = v.columnRoleOf(h.surface)
      const between = masked.slice(from, h.start)
      if (!role || !parts.includes(role) || h.kind !== 'row' || !JOIN.test(between)) break
      h.kind = 'column'
      h.role = role
      from = h.end
    }
  }
}
