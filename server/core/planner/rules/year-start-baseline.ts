import type { ConceptHit } from '../question-frame.js'

/** "比年初", "较年初", "与年初相比": the baseline is the start of the same year, not another year. */
const AGAINST_START = /(?:比|较|与|同|和|跟)\s*年初/u

/**
 * Rule `year-start-baseline`: "年末结转和结余比年初少了多少" compares two lines of the same document (年末 against
 * 年初 of the same thing: 年末结转和结余 / 年初结转和结余), not this year against last. The 年初 line is added as the
 * second subject, so the question is the difference of two printed figures, each cited.
 */
export function yearStartBaseline(subjects: ConceptHit[], text: string): void {
  const against = AGAINST_START.exec(text)
  if (!against) return
  const main = subjects.filter((c) => c.kind !== 'column' && c.kind !== 'weak' && c.kind !== 'count')
  if (main.length !== 1 || !/^年末/u.test(main[0].name)) return
  const end = main[0]
  const at = against.index + against[0].length - 2
  subjects.push({ ...end, name: end.name.replace(/^年末/u, '年初'), surface: '年初', start: at, end: at + 2, code: undefined })
  subjects.sort((a, b) => a.start - b.start)
}
