import type { OpRule } from '../detect-op.js'
import type { HandlerOutput } from '../answer-types.js'

/**
 * Rule `which-moved`: "A、B、C这三家…哪家是比上年增加的？增长多少？" asks, of several organisations, which one's
 * figure moved the way named against the prior year, and by how much: each one's change, then only those that moved
 * that way are answered in full (issue 10: never units whose figure moved the other way as if they had).
 */
const YEAR_BASE = String.raw`(?:比|较|与)\s*(?:上一?年度?|去年|\d{4}\s*年度?)`
const MOVE = '(?:增加|减少|增长|下降|上升|上涨|降低|减|增)'
export const WHICH_MOVED = new RegExp(
  String.raw`(?:哪|谁)[^，,。？?；;]{0,16}${YEAR_BASE}[^，,。？?；;]{0,6}${MOVE}|${YEAR_BASE}[^，,。？?；;]{0,6}${MOVE}(?:了)?的?(?:是|有)?(?:哪|谁)`,
  'u',
)

export const whichMovedRule: OpRule = { name: 'which-moved', priority: 85, pattern: WHICH_MOVED, guard: (q) => q.orgCount !== 1, op: 'change' }

export type Moved = 'up' | 'down' | 'flat'
const WORD: Record<Moved, string> = { up: '增加', down: '减少', flat: '持平' }

/**
 * Several organisations' changes, for a question asking which moved `asked`: a lead naming those that did, their
 * answers, then one clause for the others (their direction only). Undefined when the question is not such a one.
 */
export function answerWhichMoved(text: string, asked: 'up' | 'down' | 'signed' | undefined, outs: (HandlerOutput & { org: string; moved?: Moved })[]): HandlerOutput | undefined {
  if (!WHICH_MOVED.test(text) || outs.length < 2 || (asked !== 'up' && asked !== 'down')) return undefined
  const hit = outs.filter((o) => o.moved === asked)
  const rest = outs.filter((o) => o.moved !== asked)
  const others = rest.map((o) => (o.moved ? `${o.org}${WORD[o.moved]}` : `${o.org}没有可比的数字`)).join('，')
  if (!hit.length) return { answer: `所问单位中没有比上年${WORD[asked]}的：${others}。`, notFound: false }
  const lead = `比上年${WORD[asked]}的是${hit.map((o) => o.org).join('、')}。`
  return { answer: lead + hit.map((o) => o.answer).join('') + (others ? `其余单位：${others}。` : '') }
}
