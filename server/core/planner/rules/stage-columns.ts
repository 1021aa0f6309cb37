import type { ColumnRole } from '../../schema.js'
import { FILL } from '../concept-scan.js'
import type { ConceptHit, Op } from '../question-frame.js'

/** The 决算 columns a question names after its subject; 决算 or 预算 alone count only beside another of them. */
const STAGE_WORDS: [RegExp, ColumnRole, boolean][] = [
  [/年初预算数?/, 'initial', true],
  [/调整(?:后)?(?:的)?预算数?/, 'adjusted', true],
  [/完成(?:年初)?预算(?:数)?(?:的)?(?:百分之几|百分比|比例|比率|多少|几成|[%％])?|预算完成(?:率|情况)?|完成率/, 'completion', true],
  [/(?:支出)?决算数/, 'final', true],
  // a year's budget as executed (执行情况表: 预算数 | 完成数): its accounts
  [/(?:预计)?(?:完成|执行)数/, 'final', true],
  [/(?:支出)?决算/, 'final', false],
  // "预算数和决算数": beside a 决算 column, the budget it is set against
  [/(?:全年)?预算数?/, 'initial', false],
]
const STAGE = new RegExp(STAGE_WORDS.map(([re]) => re.source).join('|'), 'gu')
/** between two column words: 和, 与, 、, 分别… */
const AND = /^(?:和|与|及|以及|跟|同|、|，|,|还有)?$/u

const roleOf = (w: string) => STAGE_WORDS.find(([re]) => new RegExp(`^(?:${re.source})$`, 'u').test(w))

/**
 * Rule `stage-columns`: "三公经费年初预算和决算分别多少", "食品安全监管年初预算是多少", "调整预算数" — the 决算
 * columns of the subject named just before them. Subject hits inside those words ("年初预算数" is also a name of the
 * whole budget) are dropped. 决算 alone is a column only beside another one ("年初预算和决算"): elsewhere it names
 * the kind of document, read by other rules.
 */
export function stageColumns(subjects: ConceptHit[], columns: ColumnRole[], text: string): { subjects: ConceptHit[]; columns: ColumnRole[] } {
  const anchor = subjects.find((c) => c.kind === 'row' || c.kind === 'lexicon')
  if (!anchor) return { subjects, columns }
  const found: { role: ColumnRole; alone: boolean; start: number; end: number }[] = []
  let from = anchor.end
  for (const m of text.slice(anchor.end).matchAll(STAGE)) {
    const start = anchor.end + m.index!
    const between = text.slice(from, start)
    if (!(found.length ? AND.test(between) || FILL.test(between) : FILL.test(between))) break
    const w = roleOf(m[0])
    if (!w) break
    found.push({ role: w[1], alone: w[2], start, end: start + m[0].length })
    from = start + m[0].length
  }
  const kept = found.filter((f) => f.alone || found.length > 1)
  if (!kept.length) return { subjects, columns }
  const inside = (c: ConceptHit) => kept.some((f) => c.start < f.end && c.end > f.start)
  return {
    subjects: subjects.filter((c) => c === anchor || !inside(c)),
    columns: [...new Set([...columns, ...kept.map((f) => f.role)])],
  }
}

/** "完成预算的百分之几" is a column the document prints (完成预算%), not a share to compute. */
export function stageOp(op: Op, columns: ColumnRole[]): Op {
  return columns.includes('completion') && (op === 'share' || op === 'growth') ? 'lookup' : op
}
