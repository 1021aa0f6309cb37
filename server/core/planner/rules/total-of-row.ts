import type { ColumnRole } from '../../schema.js'
import { FILL } from '../concept-scan.js'
import type { ConceptHit } from '../question-frame.js'

/** A total word as written: 合计, 本年支出合计, 支出总计, 总额. */
const TOTAL_WORD = /(?:合计|总计|总额)$/u

/**
 * Rule `total-of-row`: "事业运行的本年支出合计" is the row's total column, not the budget's total spending: a total
 * word (read by the vocabulary as the whole budget) written right after a row subject asks that row's 合计; written
 * right against a concept ("三公经费预算总额") it asks that concept's total.
 */
export function totalOfRow(subjects: ConceptHit[], columns: ColumnRole[], text: string): { subjects: ConceptHit[]; columns: ColumnRole[] } {
  const drop = subjects.filter((c, i) => {
    const prev = subjects[i - 1]
    // "的本年支出合计": 本年 belongs to the total word
    if (c.kind !== 'lexicon' || !TOTAL_WORD.test(c.surface) || !prev) return false
    // "三公经费预算总额": a total word written right against a concept is that concept's total, not a second subject
    if (prev.kind === 'lexicon') return prev.end === c.start
    return prev.kind === 'row' && FILL.test(text.slice(prev.end, c.start).replace(/(?:本年|全年|当年)$/u, ''))
  })
  if (!drop.length) return { subjects, columns }
  return { subjects: subjects.filter((c) => !drop.includes(c)), columns: columns.includes('total') ? columns : ['total', ...columns] }
}
