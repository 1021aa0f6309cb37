import type { ColumnRole } from '../../schema.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { ConceptHit } from '../question-frame.js'

/** 其中 written right before the column word ("？其中项目支出多少", "，其中：人员经费"). */
const OF_WHICH = /其中[\s的:：]*$/u

/**
 * Rule `part-column`: "2010350事业运行科目安排多少？其中项目支出多少？" — a column word after 其中, following a row
 * subject, asks that column of that row (not the document's total 项目支出), beside the row's own total.
 */
export function partColumns(subjects: ConceptHit[], columns: ColumnRole[], text: string, vocabulary?: Vocabulary): { subjects: ConceptHit[]; columns: ColumnRole[] } {
  // (a column word some table of the corpus also prints as a row, 项目支出 of an indicators table, is still the column
  // of the row before it when asked after 其中)
  const roleOf = (c: ConceptHit) => (c.kind === 'column' ? c.role : c.kind === 'row' ? vocabulary?.columnRoleOf(c.surface) : undefined)
  const parts = subjects.filter((c, i) => {
    const role = roleOf(c)
    if (!role || role === 'total') return false
    const prev = subjects.slice(0, i).reverse().find((p) => p.kind !== 'column' && !roleOf(p))
    return prev?.kind === 'row' && OF_WHICH.test(text.slice(prev.end, c.start))
  })
  if (!parts.length) return { subjects, columns }
  const asked = [...columns, ...parts.map((p) => roleOf(p)!)]
  return { subjects: subjects.filter((c) => !parts.includes(c)), columns: ['total', ...new Set(asked.filter((c) => c !== 'total'))] }
}
