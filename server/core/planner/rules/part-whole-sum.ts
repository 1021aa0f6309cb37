import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { ConceptHit } from '../question-frame.js'

const TOTAL_LABEL = /(?:合计|总计)$/

/**
 * Rule `part-whole-sum`: a sum never adds a whole to its own parts. "高中教育支出预算一共多少" names a subject and, in
 * 支出预算, the total it sits in; "一共" asks for the subject's amount, not subject + total (a figure no table prints).
 * A total here is a lexicon total (支出预算, 收入合计, 一般公共预算支出…) or a printed 合计/总计 row; when the other
 * operands are not totals and each total is written right against one of them, the totals are dropped from the sum.
 */
export function isWhole(v: Vocabulary, s: ConceptHit, f: Figure): boolean {
  return (s.kind === 'lexicon' && /-total$/.test(v.conceptOf(s.name)?.id ?? '')) || TOTAL_LABEL.test(f.label.replace(/\s+/g, ''))
}

/**
 * Only a whole written right against a part qualifies it ("高中教育支出预算"): the sum is of the parts. One asked in a
 * clause of its own ("三公经费一共多少？公务接待费多少？") is a figure asked for itself: each is answered ('each').
 */
export function partsAndWholes<T extends { f: Figure; s: ConceptHit }>(v: Vocabulary, operands: T[]): { sum: T[] } | { each: T[] } {
  const parts = operands.filter((x) => !isWhole(v, x.s, x.f))
  const wholes = operands.filter((x) => isWhole(v, x.s, x.f))
  if (!parts.length || !wholes.length) return { sum: operands }
  const touches = (w: ConceptHit) => parts.some((p) => p.s.end === w.start || w.end === p.s.start)
  // a whole asked apart from its part: each is answered, never added to the other
  return wholes.every((w) => touches(w.s)) ? { sum: parts } : { each: operands }
}
