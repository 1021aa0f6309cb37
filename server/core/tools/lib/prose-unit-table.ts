import type { Amount, BudgetDocument, Paragraph } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { UNIT_NAME } from './unit-groups.js'
import { inOrder } from './unit-abbrev.js'

/** One unit's entry of a small table printed inside a prose section (部门基本情况: 单位名称/编制/实有人数/支出决算). */
export interface ProseUnitRow {
  name: string; amount: Amount; excerpt: string; paragraph: Paragraph; header: string
  /** read from a sentence splitting a total by unit ("分单位看，局本级…，环卫所…"): the name as the sentence says it, often short */
  split?: boolean
  /** that split's total as the sentence states it ("本年支出合计4,195.90万元"), and its words */
  total?: { amount: Amount; excerpt: string }
}

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
    v.push(...splitOf(p))
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

/** "分单位看，…", "按单位分，…": a total split by unit in the sentence after its figure. */
const SPLIT_LEAD = /(?:分单位看|分单位来看|按单位看|按单位分|分单位|从单位看|按单位划分)[，,:：]?/u
/** The total split: 本年支出合计 / 本年收入合计 (or 支出/收入 合计, 总计) and its amount, before the split in the paragraph. */
const SPLIT_TOTAL = /((?:本年)?(?:支出|收入)(?:合计|总计|决算|预算)?)\s*(?:为|是)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/gu
// (the side said again after the unit's name, "市图书馆支出328.16万元", is no part of the name)
const SPLIT_ITEM = /^\s*([\p{Script=Han}（）()]{2,30}?)\s*(?:支出|收入)?\s*(?:为|是)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)\s*$/u

/**
 * Rule `prose-unit-split`: "2024年度本年支出合计4,195.90万元，…。分单位看，局本级698.86万元，环卫所1,784.52万元，…": each
 * unit's share of the total stated before the split, read only when the shares add up to that total exactly.
 */
function splitOf(p: Paragraph): ProseUnitRow[] {
  const lead = SPLIT_LEAD.exec(p.text)
  if (!lead) return []
  // (the whole's own words, never a part's: 基本支出, 项目支出 end in 支出 too)
  const before = p.text.slice(0, lead.index)
  const totals = [...before.matchAll(SPLIT_TOTAL)].filter((m) => !/\p{Script=Han}/u.test(before.slice(m.index! - 1, m.index!)) || /[年度]$/u.test(before.slice(0, m.index!)))
  const total = totals[totals.length - 1]
  if (!total) return []
  const rest = p.text.slice(lead.index + lead[0].length).split(/[。；;]/u)[0]
  const out: ProseUnitRow[] = []
  // (a thousands comma is no separator: "1,784.52万元")
  for (const part of rest.split(/[，、；]|,(?!\d{3})/u)) {
    const m = SPLIT_ITEM.exec(part)
    if (!m) return []
    const amount = parseAmount(m[2], m[3])
    if (!amount) return []
    out.push({ name: m[1], amount, excerpt: part.trim(), paragraph: p, header: total[1], split: true })
  }
  const whole = parseAmount(total[2], total[3])
  const sum = out.reduce((a, r) => a + (r.amount.fen ?? NaN), 0)
  return out.length >= 2 && whole?.fen !== undefined && sum === whole.fen ? out.map((r) => ({ ...r, total: { amount: whole, excerpt: total[0] } })) : []
}

/** A unit's full name said by the split's short form: its end, or its unit word after some of its words in order ("执法大队" of 城市管理综合执法大队). */
export function splitNameOf(short: string, full: string): boolean {
  const s = short.replace(/\s+/g, '')
  if (full.endsWith(s)) return true
  return s.length >= 3 && s.slice(-1) === full.slice(-1) && inOrder(s.slice(0, -1), full)
}
