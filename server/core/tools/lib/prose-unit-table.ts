import type { Amount, BudgetDocument, Paragraph } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { UNIT_NAME } from './unit-groups.js'

/** One unit's entry of a small table printed inside a prose section (部门基本情况: 单位名称/编制/实有人数/支出决算). */
export interface ProseUnitRow { name: string; amount: Amount; excerpt: string; paragraph: Paragraph; header: string }

/** A money header of such a table: "2024年度支出决算（万元）", "收入预算(元)". */
const MONEY_HEADER = /(?:\d{4}年度?)?[\u4e00-\u9fff]{0,8}(?:支出|收入)[\u4e00-\u9fff]{0,6}[（(](万元|元)[)）]/u
const AMOUNT = /-?\d{1,3}(?:,\d{3})*\.\d{2}|-?\d+\.\d{2}/gu
const TOTAL_AT = /合\s*计|总\s*计/u

const cache = new WeakMap<BudgetDocument, ProseUnitRow[]>()

/**
 * Rule `prose-unit-table`: a paragraph that is a table flattened into prose — a header naming 单位名称 and one money
 * column with its unit, then numbered entries "1 某镇人民政府（本级） 行政单位 38 36 1,145.04", then 合计. Each
 * entry's money is its last two-decimal amount. The reading counts only when the entries add up to the 合计's last
 * amount, so a misread column is never given as a unit's figure.
 */
export function proseUnitRows(doc: BudgetDocument): ProseUnitRow[] {
  let v = cache.get(doc)
  if (v) return v
  v = []
  for (const p of doc.paragraphs) {
    if (!/单位名称/.test(p.text)) continue
    const header = p.text.match(MONEY_HEADER)
    if (!header) continue
    v.push(...entriesOf(p, header[0], header[1]))
  }
  cache.set(doc, v)
  return v
}

function entriesOf(p: Paragraph, header: string, unit: string): ProseUnitRow[] {
  const text = p.text
  const body = text.lastIndexOf(header) + header.length
  const starts: number[] = []
  for (let k = 1, at = body; k < 100; k++) {
    const re = new RegExp(`(?<![\\d,.])${k}\\s*(?=[\\u4e00-\\u9fff（(])`, 'gu')
    re.lastIndex = at
    const m = re.exec(text)
    if (!m) break
    starts.push(m.index)
    at = m.index + String(k).length
  }
  const totalAt = text.slice(starts[starts.length - 1] ?? body).search(TOTAL_AT)
  if (starts.length < 2 || totalAt < 0) return []
  const end = (starts[starts.length - 1] ?? body) + totalAt
  const out: ProseUnitRow[] = []
  for (let i = 0; i < starts.length; i++) {
    const entry = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : end).trim()
    const name = entry.replace(/^\d+\s*/, '').split(/\s+/)[0]
    const amounts = entry.match(AMOUNT)
    const amount = amounts && parseAmount(amounts[amounts.length - 1], unit)
    if (!amount || !UNIT_NAME.test(name)) return []
    out.push({ name, amount, excerpt: entry, paragraph: p, header })
  }
  const totalLine = text.slice(end).match(/^(?:合\s*计|总\s*计)[^\u4e00-\u9fff]*/u)?.[0] ?? ''
  const totals = totalLine.match(AMOUNT)
  const total = totals && parseAmount(totals[totals.length - 1], unit)
  const sum = out.reduce((s, r) => s + (r.amount.fen ?? NaN), 0)
  return total?.fen !== undefined && total.fen === sum ? out : []
}
