/**
 * Rule `source-year`: a year named as where a figure is to be worked out from ("2017年的三公经费预算是多少（按18年的
 * 减少额推算）") is the source, not a second year asked nor a baseline: it is left out of the years read, so the
 * question stays one year's (answered from the next year's document's stated change), not a comparison of two.
 */
const SOURCE = /(?:按|按照|根据|依据|依照|用|从)\s*(?:(?:19|20)?\d{2})\s*年度?的?[^，,。？?()（）]{0,12}?(?:推算|计算|算出|推出|倒推)/u

/** Where the source clause stands in the question, if it names one. */
export function sourceYearAt(text: string): { start: number; end: number } | undefined {
  const m = SOURCE.exec(text)
  return m ? { start: m.index, end: m.index + m[0].length } : undefined
}
