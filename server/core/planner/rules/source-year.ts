/** "按2026年预算表中的上年数", "据2024年决算文件": the year of the document to read from, after a word pointing at it. */
const POINTER = /(?:按|据|依|依据|根据|按照|从|见|以|参照|用)$/u
const DOCUMENT = /^(?:的)?(?:部门|单位)?(?:预算|决算)(?:表|文件|公开|报告|草案)/u
/** "（按18年的减少额推算）": what that year's document states, to work the figure out from */
const WORKED_OUT = /^(?:度)?的?[^，,。？?()（）]{0,12}?(?:推算|计算|算出|推出|倒推)/u

/**
 * Rule `source-year`: a year written as the document's ("按2026年预算表中的上年数") says where the figure is read,
 * and a year whose stated change a figure is worked out from ("2017年的三公经费预算是多少（按18年的减少额推算）") says
 * what to read it from; neither is a second year asked nor a baseline: the question still asks only its other year
 * (2025, the 2026 budget's 上年 column; 2017, from the 2018 page's 比上年减少4.65万元). True for a year match (`at`,
 * `end` in the compact question) that a pointing word opens and a document word, or a working-out, closes.
 */
export function isSourceYear(text: string, at: number, end: number): boolean {
  if (!POINTER.test(text.slice(Math.max(0, at - 4), at))) return false
  const after = text.slice(end)
  return DOCUMENT.test(after) || WORKED_OUT.test(after)
}

/** A year of an organisation's history: "1927年改成了什么名字", "1984年成立的吗". */
const HISTORY_AFTER = /^(?:度)?(?:的时候|时|那年)?(?:改成|改为|改名|更名|改叫|成立|建校|创建|创办|组建|始建|合并|撤销|划转|升格)/u

/**
 * Rule `history-year`: a year followed by an event of the organisation's history (改名, 成立, 建校…) is the fact's
 * own year, asked of whichever document states that history, never the budget year to read.
 */
export const isHistoryYear = (text: string, end: number): boolean => HISTORY_AFTER.test(text.slice(end))
