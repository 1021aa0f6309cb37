import type { Figure } from '../../tools/lib/figure.js'
import { operandOf } from '../operands.js'
import type { ToolRunner } from '../tool-runner.js'

/** "在职职工是编制数的百分之多少": one count as a share of the other */
const SHARE = /百分之|比例|比重|占比|[%％]|几成|占\p{Script=Han}{0,12}?(?:多少|几)/u
/** "在职人数比编制多还是少，差几个人": the difference of the two */
const DIFFERENCE = /差|多还是少|少还是多|多(?:了)?几|少(?:了)?几|多(?:出)?多少|少(?:了)?多少|超(?:出|编)?/u

/**
 * Rule `count-pair`: two counts of one document asked together for their share or their difference (in question
 * order: the first set against the second), computed by the compute tool from the sentences that print them. Only
 * counts in one unit (人 and 名 are one); undefined when neither is asked.
 */
export function countPair(run: ToolRunner, question: string, a: { f: Figure; label: string }, b: { f: Figure; label: string }): string | undefined {
  const people = (u: string) => (u === '名' ? '人' : u)
  if (people(a.f.amount.unit) !== people(b.f.amount.unit)) return undefined
  const share = SHARE.test(question)
  if (!share && !DIFFERENCE.test(question)) return undefined
  const r = run.run('compute', { op: share ? 'share' : 'difference', operands: [operandOf(a.f), operandOf(b.f)] })
  if (!r.ok) return undefined
  run.cite(...r.citations)
  if (share) return `${a.label}是${b.label}的${r.result.text}（${a.f.amount.value} ÷ ${b.f.amount.value}）`
  const n = Number(a.f.amount.value) - Number(b.f.amount.value)
  const unit = people(a.f.amount.unit)
  if (n === 0) return `${a.label}与${b.label}相同`
  return `${a.label}比${b.label}${n > 0 ? '多' : '少'}${Math.abs(n)}${unit}（${a.f.amount.value} − ${b.f.amount.value}）`
}

/**
 * A count read by `read`, else the count the vocabulary says a document states in its own terms instead (实有人数 as
 * 实有在职人员), unless that one is asked too. `id` says which was read.
 */
export function countOrInstead<F>(run: ToolRunner, n: string, asked: readonly string[], read: (id: string) => F | undefined): { id: string; f: F } | undefined {
  const f = read(n)
  if (f) return { id: n, f }
  const instead = run.vocabulary.countOf(n)?.unstated
  const g = instead && !asked.includes(instead) ? read(instead) : undefined
  return instead && g ? { id: instead, f: g } : undefined
}
