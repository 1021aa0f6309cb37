/**
 * Rule `after-event`: a figure asked as it stands after an event of the year ("增加后的一般债务限额", "增加债券后，一般债务
 * 余额占…", "调整后的支出预算") is the one the sentence stating that event's outcome gives ("增加后,政府债务限额为…",
 * "此次增加一般债务8,000万元后,…一般债务余额为…"), where the document states one; a document stating the figure before
 * and after the event (a 预算调整方案, a debt report) prints the earlier first.
 */
/** The verbs of an event whose outcome a sentence states after it: 增加…后, 调整后, 追加后. */
const VERBS = '增加|调整|调增|调减|追加|变更|新增|下达'
const EVENT_VERBS = `(?:${VERBS})`
// (never 调整前后, both asked)
const AFTER_EVENT = new RegExp(`(${VERBS})\\p{Script=Han}{0,4}?(?<!前)(?:后|以后|之后)`, 'u')

/** The event's verb, when the question asks what stands after it. */
export const afterEventAsked = (question: string): string | undefined => AFTER_EVENT.exec(question)?.[1]

/** The question's own words for the event's outcome ("增加后"), as a sentence opening the outcome may print them. */
export const afterEventWords = (question: string): string | undefined => AFTER_EVENT.exec(question)?.[0]

/**
 * Does the sentence state the outcome of that event: it opens with the verb, then 后 within that first clause (amounts
 * written between): "增加后,政府债务限额为…", "此次增加一般债务8,000万元后,…" (a 后 further on, "…,调整预算后项目预算…,实际
 * 到位资金…", qualifies its own clause only).
 */
export function statesAfter(verb: string, sentence: string): boolean {
  const first = sentence.replace(/(\d),(?=\d)/gu, '$1').split(/[，,。；;]/u)[0] ?? ''
  return new RegExp(`${verb}[^，,。；;]{0,16}?(?:后|以后|之后)$`, 'u').test(first)
}

/** Does the sentence state any event's outcome (增加…后, 调整后): a figure it gives stands after a change, not beside it. */
export const statesSomeAfter = (sentence: string): boolean => statesAfter(EVENT_VERBS, sentence)

/** `items` with those stating the event's outcome first (the order otherwise kept), when the question asks it. */
export function afterEventFirst<T>(question: string, items: T[], sentenceOf: (x: T) => string | undefined): T[] {
  const verb = afterEventAsked(question)
  if (!verb) return items
  // (调整后 asks the outcome of whatever change the document adjusts its budget by: 增加…后 as well)
  const after = items.filter((x) => statesAfter(verb === '调整' ? EVENT_VERBS : verb, sentenceOf(x) ?? ''))
  return after.length ? [...after, ...items.filter((x) => !after.includes(x))] : items
}
