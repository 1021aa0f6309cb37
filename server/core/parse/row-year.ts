import type { Row } from '../schema.js'
import { compactText } from '../search/normalize-text.js'

const YEAR_ROW = /^((?:19|20)\d{2})年度?(?:预算数?|预算金额|决算数?|数|执行数|预计执行数?)?$/

/**
 * A row labelled by a year ("2024年预算数", "2025年"), as in 三公 tables laid out with one row per year: its figures
 * are of that year, whatever year its columns or its document are of. Undefined for any other row.
 */
export function rowYear(row: Pick<Row, 'name'>): number | undefined {
  const m = YEAR_ROW.exec(compactText(row.name))
  return m ? Number(m[1]) : undefined
}

/** "2025年预算数合计": a total named with its year (and stage) before its 合计/总计 */
const YEAR_TOTAL_LEAD = /^((?:19|20)\d{2})年度?(?:预算|决算)?数?(?=合计|总计)/

/**
 * A total row named with its year ("2025年预算合计", "2024年预算数总计"): that year and the total's own word (合计,
 * 总计, or what follows it); undefined for any other name.
 */
export function yearNamedTotal(name: string): { year: number; rest: string } | undefined {
  const m = YEAR_TOTAL_LEAD.exec(compactText(name))
  return m ? { year: Number(m[1]), rest: compactText(name).slice(m[0].length) } : undefined
}
