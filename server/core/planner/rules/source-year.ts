/** "按2026年预算表中的上年数", "据2024年决算文件": the year of the document to read from, after a word pointing at it. */
const POINTER = /(?:按|据|依|依据|根据|按照|从|见|以|参照)$/u
const DOCUMENT = /^(?:的)?(?:部门|单位)?(?:预算|决算)(?:表|文件|公开|报告|草案)/u

/**
 * Rule `source-year`: a year written as the document's ("按2026年预算表中的上年数") says where the figure is read,
 * not a second year asked: the question still asks only its other year (2025, the 2026 budget's 上年 column). True for
 * a year match (`at`, `end` in the compact question) that a pointing word opens and a document word closes.
 */
export function isSourceYear(text: string, at: number, end: number): boolean {
  return POINTER.test(text.slice(Math.max(0, at - 4), at)) && DOCUMENT.test(text.slice(end))
}
