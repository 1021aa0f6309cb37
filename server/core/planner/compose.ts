import type { Citation } from '../schema.js'
import type { Figure } from '../tools/lib/figure.js'
import { isMoneyUnit, moneyText } from '../tools/lib/money.js'
import type { Target } from './resolve-scope.js'

/** Short Chinese prose pieces the answers are built from. */
export const orgName = (org: string) => org
export const orgYear = (t: Target) => `${t.doc.org}${t.year}年`

/** The figure as printed with its unit; in 万元 too when documents of different units are compared. */
export function figureText(f: Figure, withWan = false): string {
  if (f.fen === undefined && /^[名人个辆项台家]$/.test(f.amount.unit)) return `${/^[\d,]+$/.test(f.amount.text) ? f.amount.text : f.amount.value}${f.amount.unit}`
  const wan = withWan && f.wan && f.amount.unit !== '万元' ? `（${f.wan}）` : ''
  return f.text + wan
}

/** A money figure in another unit, exact, the printed form beside it: 6512.00万元 → 65,120,000.00元（即6512.00万元）; 元 and 万元 never meet in one sum. */
export function figureIn(f: Figure, unit: string, withPrinted = true): string {
  if (f.fen === undefined || f.amount.unit === unit || !isMoneyUnit(unit)) return figureText(f)
  const t = moneyText(f.fen, unit)
  return withPrinted ? `${t}（即${f.text}）` : t
}

const leaf = (label?: string) => label?.split(' › ').pop()

/** Where a figure comes from, in words: table, row and column, or the prose. */
export function sourceText(c: Citation): string {
  if (c.kind === 'paragraph') return `（见文件文字说明，第${c.lines[0]}行）`
  const table = [c.tableNumber, c.tableTitle].filter(Boolean).join(' ')
  const row = [c.code, c.rowName].filter(Boolean).join(' ')
  return `（${table}，“${row}”行${c.column ? `“${leaf(c.column)}”栏` : ''}）`
}

/** A row name as the answer names it: the printed row name, or the concept for totals and prose figures. */
export function labelOf(f: Figure, asked: string): string {
  if (f.citation.kind !== 'row') return asked
  const row = f.label
  if (/^(?:合计|总计|小计|.*合计|.*总计)$/.test(row)) {
    // "其中：基本支出" → 基本支出; "2025年预算数" names no subject
    const col = leaf(f.column)?.replace(/^其中[:：]\s*/, '').replace(/^\d{4}年度?/, '')
    return col && !/^(?:合计|总计|小计|预算数|预算|金额)$/.test(col) ? col : asked
  }
  const name = row.replace(/^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])\s*/, '')
  return f.code ? `${f.code} ${name}` : name
}

export function joinSentences(parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p) => (/[。！？]$/.test(p) ? p : p + '。'))
    .join('')
}
