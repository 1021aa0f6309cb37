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
    const years = [...arabicYears(compactText(t)).matchAll(/((?:19|20)\d{2})(?:年|(?=(?:年度|全年)?(?:预算|决算|财政)))/g)].map((m) => Number(m[1]))
    if (years.length === 1) return { year: years[0], executed: /执行|决算|完成/.test(t) }
    if (years.length > 1) return undefined
  }
  return undefined
}

const DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
/** A year written in characters, "二〇二五年", as digits (a report's section titles write it so) */
const arabicYears = (t: string) => t.replace(/([〇零○一二三四五六七八九]{4})(?=年)/gu, (y) => [...y].map((c) => DIGIT[c]).join(''))

/** The paragraph sits under a section of another year than its document's ("一、2024年预算执行情况" in a 2025 report). */
export const otherYearSection = (doc: BudgetDocument, p: Paragraph): boolean => {
  const y = doc.year ? sectionYear(doc, p)?.year : undefined
  return y !== undefined && y !== doc.year
}
