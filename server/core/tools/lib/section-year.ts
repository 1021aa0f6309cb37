import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { sectionPath } from './citation.js'

/**
 * The year a paragraph's section speaks of: the innermost section title naming one year ("一、2024年预算执行情况" →
 * 2024, "二、2025年预算草案" → 2025), with whether it is that year's execution; undefined when no title names one year
 * (a title naming two years, "2024年执行和2025年草案", speaks of neither alone).
 */
export function sectionYear(doc: BudgetDocument, p: Paragraph): { year: number; executed: boolean } | undefined {
  const titles = (sectionPath(doc, p).section ?? '').split(' › ').reverse()
  for (const t of titles) {
    // (a title that dropped its 年, "一、2024预算执行情况", names the year as well)
    const years = [...compactText(t).matchAll(/((?:19|20)\d{2})(?:年|(?=(?:年度|全年)?(?:预算|决算|财政)))/g)].map((m) => Number(m[1]))
    if (years.length === 1) return { year: years[0], executed: /执行|决算|完成/.test(t) }
    if (years.length > 1) return undefined
  }
  return undefined
}

/** The paragraph sits under a section of another year than its document's ("一、2024年预算执行情况" in a 2025 report). */
export const otherYearSection = (doc: BudgetDocument, p: Paragraph): boolean => {
  const y = doc.year ? sectionYear(doc, p)?.year : undefined
  return y !== undefined && y !== doc.year
}
