import type { Figure } from '../../tools/lib/figure.js'
import { withoutOrgNames } from '../../tools/lib/org-alias.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** A label's words that say nothing of which figure it holds: its year, digits, 数, 金额, 合计, 预算. */
const BARE = /(?:19|20)\d{2}年度?|\d+|[（）()\s]|金额|合计|预算|数$/gu

/** Words every money column and question may hold: no column is named by them (收入, 支出, 本年…). */
const GENERIC = /收入|支出|预算|决算|经费|资金|本年|上年|当年|全年|合计|小计|总计|金额|项目|科目|其中/gu

const bigrams = (s: string) => new Set([...s].slice(0, -1).map((ch, i) => ch + s[i + 1]))

/**
 * Rule `column-words`: a row of a table whose money columns are all plain amounts (政府债务限额和余额情况表: 年初余额 |
 * 限额 | 新增债券 | 偿还本金 | 年末余额), asked with one column's own words ("年末债务余额"): that column's cell, never
 * the first amount column read by default. Only a column of the year asked, and only when its words fit the question
 * better than every other column's (the default's included).
 */
export function columnByWords(run: ToolRunner, t: Target, f: Figure, text: string): Figure | undefined {
  if (!f.rowId || f.columnRole !== 'amount') return undefined
  // (the organisation's own name names no column: 住房 of 住房和城乡建设局 is no 住房保障服务中心's)
  const asked = withoutOrgNames(text, t.doc).replace(BARE, '').replace(GENERIC, '，')
  const fit = (column: string) => [...bigrams(column.split(' › ').pop()!.replace(BARE, '').replace(GENERIC, '，'))].filter((b) => !b.includes('，') && asked.includes(b)).length
  // (only where the question does not name the column read: a subject heading its own column, 公务用车运行费, stays)
  if (fit(f.column ?? '') > 0) return undefined
  const rows = run.run('find-rows', { docId: t.doc.id, tableId: f.citation.tableId, name: f.citation.rowName ?? f.label, limit: 10 })
  const row = rows.ok ? rows.rows.find((r) => r.rowId === f.rowId) : undefined
  if (!row) return undefined
  const scored = row.cells
    .filter((c) => /^-?[\d,]+(?:\.\d+)?$/u.test(c.text.trim()) && c.role === 'amount' && (c.year === undefined || c.year === t.year))
    .map((c) => ({ c, n: fit(c.column) }))
  const best = Math.max(0, ...scored.map((x) => x.n))
  const top = scored.filter((x) => x.n === best)
  if (best < 1 || top.length !== 1 || top[0].c.column === f.column) return undefined
  const r = run.run('get-figure', { rowId: f.rowId, columnLabel: top[0].c.column, ...(top[0].c.year !== undefined ? { year: top[0].c.year } : {}) })
  return r.ok && r.figures[0]?.fen !== undefined ? r.figures[0] : undefined
}
