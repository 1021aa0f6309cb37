import type { ColumnRole } from '../../schema.js'
import type { ConceptHit } from '../question-frame.js'

/** The names of 基本支出's two parts. */
const PART_NAMES = /^(?:人员经费|公用经费)$/
/** Between 基本支出 and its first part: "基本支出里人员经费", "基本支出中的公用经费". */
const INSIDE = /^(?:的)?(?:中|里|里面|当中|之中|其中)(?:的)?$/u

/**
 * Rule `basic-parts-named`: "基本支出里人员经费和公用经费各是多少" names 基本支出 as the whole its parts sit in, not as
 * a column of the 人员经费 row (where a document prints 人员经费 as a row, it is a row of 基本支出 anyway; where it
 * prints the parts as columns of the 基本支出表, the row reading finds them there). The 基本支出 column is dropped
 * when every subject named is one of its parts, each after 基本支出.
 */
export function basicPartsNamed(subjects: ConceptHit[], columns: ColumnRole[], text: string): ColumnRole[] | undefined {
  if (!columns.includes('basic') || columns.some((c) => c !== 'basic')) return undefined
  const money = subjects.filter((c) => c.kind !== 'count' && c.kind !== 'column')
  if (!money.length || !money.every((c) => c.kind === 'row' && PART_NAMES.test(c.surface))) return undefined
  const at = text.lastIndexOf('基本支出', money[0].start)
  if (at < 0 || !INSIDE.test(text.slice(at + '基本支出'.length, money[0].start))) return undefined
  return []
}
