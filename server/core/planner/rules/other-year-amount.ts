/**
 * Rule `other-year-amount`: the quote beside a one-year figure does not state another year's amount. Prose puts the
 * baseline's own amount inside the change clause ("…总额为X万元，较上年的Y万元减少Z万元"); a reader asked for this
 * year must not find last year's figure in the quote, so that amount is cut, the cut marked …… as every cut is.
 */
const BASELINE_AMOUNT = new RegExp(
  String.raw`((?:比|较|与|同)\s*(?:(?:19|20)\d{2}\s*年度?|上一?年度?|去年)(?:[（(][^()（）]{0,16}[）)])?\s*的?\s*(?:预算执行数|预算数|执行数|决算数|预算|决算)?\s*(?:的|为)?\s*)` +
    String.raw`-?\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)(?=\s*(?:相比|比较)?\s*[,，]?\s*(?:减少|增加|增长|下降|持平|基本持平|有所))`,
  'gu',
)

export const withoutBaselineAmounts = (quote: string): string => quote.replace(BASELINE_AMOUNT, '$1……')
