import { compactText } from '../search/normalize-text.js'

/**
 * The funds' own names before their 预算, as documents and questions write them: 一般公共(预算), 政府性基金(预算),
 * 国有资本经营(预算), 社会保险基金(预算). One list for the question reader, the prose reader and the title reader.
 */
export const FUND_STEMS = '一般公共|政府性基金|国有资本经营|社会保险基金'

/** The funds of a budget, each by the words that name it (a fund's 预算, not 一般公共服务). */
const FUND_FAMILIES: RegExp[] = [/一般公共(?:财政)?预算|一般公共财政|公共财政预算/u, /政府性基金/u, /国有资本经营/u, /社会保险基金/u]
export const fundsIn = (text: string) => FUND_FAMILIES.map((re, i) => (re.test(text) ? i : -1)).filter((i) => i >= 0)

/**
 * Rules other-fund-table and phrase-fund: the question names one fund and a table's title (or a sentence) names other
 * funds only, so it cannot hold the figure asked.
 */
export function otherFundOnly(question: string, held: string | undefined): boolean {
  if (!held) return false
  const asked = fundsIn(compactText(question))
  const there = fundsIn(compactText(held))
  return asked.length === 1 && there.length > 0 && !there.includes(asked[0])
}
