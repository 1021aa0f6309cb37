import type { BudgetDocument, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** What a table title says around its subject: the year, the sheet words after it, a parenthesised stage. */
const YEAR = /^(?:(?:19|20)\d{2}年度?)/
const SHEET = /(?:预算)?(?:执行情况|完成情况|情况|平衡|明细|汇总)?(?:草案)?表$/
const PAREN = /[（(][^（()）]*[)）]$/

/**
 * The subject a table's title names, or undefined when the title says no more than the sheet: "2021年西夏区一般公共
 * 预算收入执行情况表(财政预计数)" → 一般公共预算收入 (the year, the place or organisation, the parenthesised stage and
 * the sheet words dropped). Only 4+ characters: a bare 收入 or 支出 names no subject.
 */
export function titleSubject(doc: BudgetDocument, table: Table): string | undefined {
  let s = compactText(table.title)
  for (let i = 0; i < 2; i++) s = s.replace(PAREN, '')
  s = s.replace(YEAR, '')
  for (const place of [doc.org, doc.region].filter((p): p is string => !!p).map(compactText)) if (s.startsWith(place)) s = s.slice(place.length)
  s = s.replace(YEAR, '').replace(SHEET, '')
  return s.length >= 4 && /^\p{Script=Han}+$/u.test(s) ? s : undefined
}
