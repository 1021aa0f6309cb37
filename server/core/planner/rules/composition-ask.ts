import type { QuestionFrame } from '../question-frame.js'

const UNIT_END = '(?:中心|站|所|队|院|馆|处|室|办公室|局|委员会|委|会|社|校|园|团|部|科|办)'
/** "决算包括某某办公室吗": whether a unit is within the budget's coverage */
const UNIT_INCLUDED = new RegExp(`(?:包括|包含|含有?)(\\p{Script=Han}{3,30}?${UNIT_END})(?:吗|么|在内|没有)`, 'u')
/** Whether one unit's budget is drawn up on its own: "单列预算吗", "是否单独编制预算", "并入哪里", "包括某办公室吗". */
const SEPARATE_ASK = new RegExp(`单列|单独(?:编制|编报|列示)?(?:的)?预算|独立(?:编制|编报)|并入|纳入.{0,8}(?:部门|单位)?预算|${UNIT_INCLUDED.source}`, 'u')
/** Which units a budget covers: "部门预算包括哪些单位", "包含哪些学校", "下属单位有哪些", "单位构成". */
const UNITS_ASK =
  /(?:包括|包含|涵盖|有)(?:哪些|哪几[个所家]|几[个所家]|多少[个所家]?)(?:下属|所属|二级|三级)?(?:行政|事业|参公)?(?:预算)?(?:单位|机构|学校|医院)|(?:下属|所属|二级)(?:预算)?(?:单位|机构)?(?:有|包括)?(?:哪些|几个|多少个?)|单位构成|由哪些单位|编制范围的(?:预算)?单位(?:有|共有|包括)?(?:哪些|几个|多少个?)/
/** A unit's name just before what is asked of it, ending in a word units end with. */
const UNIT_BEFORE_ASK =
  /(\p{Script=Han}{2,30}?(?:中心|站|所|队|院|馆|处|室|办公室|局|委员会|委|会|社|校|园|团|部|科|办))(?:是否|是不是|有没有|有无|也|还)?(?:单列|单独|独立|并入|纳入)/u

/**
 * Rule `composition-ask`: a question about the units a budget covers or whether one of them has its own budget is
 * answered from the document's 机构设置 / 单位构成 statement, quoted, never from a figure. With money asked as well
 * ("哪些单位的三公经费最多") it is a ranking, not this.
 */
export function asksComposition(frame: QuestionFrame): boolean {
  if (SEPARATE_ASK.test(frame.text)) return true
  if (!UNITS_ASK.test(frame.text)) return false
  // "预算编制范围的单位": 编制 there is drawing the budget up (a verb), not the staffing count it names elsewhere
  const verb = [...frame.text.matchAll(COMPILED)].map((m) => [m.index!, m.index! + m[0].length])
  const within = (c: { start: number; end: number }) => verb.some(([a, b]) => c.start >= a && c.end <= b)
  return !frame.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column' && !within(c))
}

/** 编制 as drawing a budget up: 编制范围, 预算编制, 编制预算/决算, 编制单位 (never 编制数, 编制人数). */
const COMPILED = /(?:预算|决算)?编制(?:范围|口径|预算|决算|单位)|(?:预算|决算)编制/g

/** Is the list of units covered asked ("包括哪些单位")? */
export const asksUnitsListed = (frame: QuestionFrame) => UNITS_ASK.test(frame.text)

/** The unit asked about ("交流服务中心单列预算吗" → 交流服务中心), without words that place it ("商务委下属的"). */
export function unitAsked(text: string): string | undefined {
  const m = UNIT_BEFORE_ASK.exec(text)?.[1] ?? UNIT_INCLUDED.exec(text)?.[1]
  if (!m) return undefined
  const last = m.split(/的|下属|所属|其中/).pop()!
  return last.length >= 3 ? last : undefined
}
