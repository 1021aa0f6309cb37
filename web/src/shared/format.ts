import { orgNames } from '../../../server/core/tools/lib/org-names.js'
import type { ChartBar, Citation } from './types.js'

/** Powers of ten from a money unit to 万元. */
const WAN_SHIFT: Record<string, number> = { 元: -4, 千元: -1, 万元: 0, 亿元: 4 }

/**
 * Moves the decimal point of an exact decimal string, with no floating point.
 * shiftDecimal('10000.00', -4) → '1'; shiftDecimal('-0.5', 4) → '-5000'
 */
export function shiftDecimal(value: string, places: number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.replace(/[,，\s]/g, ''))
  if (!m || (!m[2] && !m[3])) return value
  const sign = m[1] === '-' ? '-' : ''
  let int = m[2] || '0'
  let frac = m[3] ?? ''
  if (places > 0) {
    frac = frac.padEnd(places, '0')
    int += frac.slice(0, places)
    frac = frac.slice(places)
  } else if (places < 0) {
    int = int.padStart(-places + 1, '0')
    frac = int.slice(places) + frac
    int = int.slice(0, places)
  }
  int = int.replace(/^0+(?=\d)/, '')
  frac = frac.replace(/0+$/, '')
  const out = frac ? `${int}.${frac}` : int
  return out === '0' ? '0' : sign + out
}

/** Groups the integer part by thousands: groupThousands('1073.24') → '1,073.24'. */
export function groupThousands(decimal: string): string {
  const [int, frac] = decimal.split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac === undefined ? grouped : `${grouped}.${frac}`
}

/** An exact 万元 decimal, at least two places, ungrouped: wanDecimal('41,944,713.02', '元') → '4194.471302'; undefined for non-money units. */
export function wanDecimal(value: string | undefined, unit: string | undefined): string | undefined {
  if (!value || !unit || !(unit in WAN_SHIFT)) return undefined
  const shifted = shiftDecimal(value, WAN_SHIFT[unit])
  if (!/^-?\d+(\.\d+)?$/.test(shifted)) return undefined
  const [int, frac = ''] = shifted.split('.')
  return `${int}.${frac.padEnd(2, '0')}`
}

/** The 万元 decimal of a search hit: the server's "2,039.00万元" cleaned, else computed from the printed figure. */
export function hitWan(h: { wan?: string | number; value?: string; unit?: string }): string | undefined {
  if (h.wan !== undefined && h.wan !== '') return String(h.wan).replace(/[,\s]|万元/g, '')
  return wanDecimal(h.value, h.unit)
}

/** For display: toWan('10,000.00', '元') → '1.00 万元'. */
export function toWan(value: string | undefined, unit: string | undefined): string | undefined {
  const d = wanDecimal(value, unit)
  return d === undefined ? undefined : `${groupThousands(d)} 万元`
}

/** '0.50 万元' style: the figure as printed with its unit. */
export function printed(value: string | undefined, unit: string | undefined): string {
  if (!value) return ''
  return unit ? `${value} ${unit}` : value
}

/** A chip's label: "表三 · 30217 公务接待费 · 0.50 万元" (an unnumbered table by its short title), or "说明第 12 行" for prose. */
export function citationLabel(c: Citation): string {
  if (c.kind === 'paragraph') return `说明第 ${c.lines[0]} 行`
  const row = [c.code, c.rowName].filter(Boolean).join(' ')
  const table = c.tableNumber || (c.tableTitle ? shortTableTitle(c.tableTitle) : undefined)
  return [table, row, printed(c.value, c.unit)].filter(Boolean).join(' · ')
}

/** Where a citation is: organisation, year, and the PDF page when there is one. */
export function citationPlace(c: Citation): string {
  return [shortOrg(c.org), `${c.year}`, c.page ? `第 ${c.page} 页` : ''].filter(Boolean).join(' ')
}

/**
 * A table title without the year and place it repeats, cut to fit a chip:
 * shortTableTitle('2025年渝北区部门一般公共预算财政拨款基本支出预算表') → '一般公共预算财政拨款基本支…'
 */
export function shortTableTitle(title: string): string {
  const t = title.replace(/^\d{4}年度?/, '').replace(/^[\u4e00-\u9fff]{1,10}?[区县市](?:本级)?(?:部门|单位)?(?=[\u4e00-\u9fff]{4})/, '')
  return t.length > 14 ? `${t.slice(0, 13)}…` : t
}

/** Drops 原 and the prefecture city so chips stay short: '重庆市渝北区医疗保障局' → '渝北区医疗保障局' (any city, by the name's shape). */
export function shortOrg(org: string): string {
  return orgNames.withoutCity(org) || org
}

/** Bar lengths as percentages of the largest magnitude, never below 1 for a non-zero value. */
export function barPercents(bars: ChartBar[]): number[] {
  const max = Math.max(0, ...bars.map((b) => Math.abs(b.yuan)))
  if (!max) return bars.map(() => 0)
  return bars.map((b) => (b.yuan ? Math.max(1, Math.round((Math.abs(b.yuan) / max) * 100)) : 0))
}

/** Index of the column a citation names, matched on the full label, then its last header cell. */
export function findColumnIndex(columns: { index: number; label: string; path: string[] }[], name: string | undefined): number {
  if (!name) return -1
  const norm = (s: string) => s.replace(/\s+/g, '')
  const want = norm(name)
  const exact = columns.find((c) => norm(c.label) === want)
  if (exact) return exact.index
  const byLast = columns.find((c) => c.path.length > 0 && norm(c.path[c.path.length - 1]) === want)
  if (byLast) return byLast.index
  const partial = columns.find((c) => norm(c.label).endsWith(want))
  return partial ? partial.index : -1
}

/** A plain sentence for a failed request: the service's own Chinese message when it sent one, never a stack. */
export function errorSentence(status: number, serverMessage?: string): string {
  if (serverMessage && serverMessage.length < 200 && /[\u4e00-\u9fff]/.test(serverMessage) && !/\bat\s|Error\b/.test(serverMessage)) return serverMessage
  if (status === 0) return '无法连接到服务，请检查网络后再试。'
  if (status === 429) return '提问太频繁了，请稍等片刻再试。'
  if (status === 403) return '这个网站暂未开通问答服务。'
  if (status === 404) return '没有找到。'
  if (status >= 500) return '服务暂时出了问题，请稍后再试。'
  return '没能处理这个问题，请换个说法再试。'
}
