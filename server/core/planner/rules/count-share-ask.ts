import type { QuestionFrame } from '../question-frame.js'

/** "公务用车里“其他用车”占总数的比例", "退休人员占财政供养人员的比重": a part and its whole, counted. */
const SHARE_OF = /(?:(\p{Script=Han}{2,12}?)(?:里面|里|当中|之中|中)(?:的)?)?["“]?(\p{Script=Han}{2,12}?)["”]?占(?:了)?(\p{Script=Han}{0,12}?)(?:的)?(?:比例|比重|百分比|百分之几|多少)/u
/** A whole named only as the total of the container before the part. */
const TOTAL_WORD = /^(?:总数|总量|合计|总计|全部|总额)?$/

export interface CountShareAsk { part: string; whole: string }

/**
 * Rule `count-share-ask`: the part and the whole of a share asked in the question's own words, the whole read as the
 * container's total when the question says only 总数 ("公务用车里“其他用车”占总数的比例" → 其他用车 of 公务用车总数).
 * Undefined when the question does not name both.
 */
export function countShareAsk(frame: QuestionFrame): CountShareAsk | undefined {
  const t = frame.text.slice(Math.max(0, ...frame.orgs.map((o) => o.end), ...[...frame.text.matchAll(/(?:19|20)\d{2}年度?/g)].map((m) => m.index! + m[0].length)))
  const m = SHARE_OF.exec(t)
  if (!m) return undefined
  const [, container, part, of] = m
  const whole = TOTAL_WORD.test(of) ? (container ? container + (of || '总数') : undefined) : of
  return whole && whole !== part ? { part, whole } : undefined
}
