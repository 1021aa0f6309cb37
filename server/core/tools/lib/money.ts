import { isMoneyUnit, type Amount, type MoneyUnit } from '../../schema.js'
import { formatFen, toFen } from '../../parse/amount.js'

/** Exact fen of a money amount (from Amount.fen, or computed exactly from its decimal), else undefined. */
export function fenOf(a: Amount | undefined): number | undefined {
  if (!a || !isMoneyUnit(a.unit)) return undefined
  return a.fen ?? toFen(a.value, a.unit)
}

/** Exact decimal text of fen in a unit, at least `min` decimals, trailing zeros trimmed: 573343.2 元 → "57.33432" 万元. */
export function exactText(fen: number, unit: MoneyUnit, min = 2): string {
  const s = formatFen(fen, unit, 6)
  const [int, frac = ''] = s.split('.')
  let f = frac.replace(/0+$/, '')
  if (f.length < min) f = f.padEnd(min, '0')
  return f ? `${int}.${f}` : int
}

/** 万元 form for cross-document comparisons, exact: 20,390,000元 → "2,039.00万元". */
export function wanText(fen: number): string {
  return exactText(fen, '万元') + '万元'
}

/** 万元 rounded to two decimals for reading only (half up, from exact fen): 41,944,713.02元 → "4,194.47万元". */
export function readingWanText(fen: number): string {
  const cents = Math.round(Math.abs(fen) / 10000)
  const int = Math.floor(cents / 100).toLocaleString('en-US')
  return `${fen < 0 ? '-' : ''}${int}.${String(cents % 100).padStart(2, '0')}万元`
}

/** Money in a unit with two decimals: 13891630 fen → "138,916.30元". */
export function moneyText(fen: number, unit: MoneyUnit): string {
  return exactText(fen, unit) + unit
}

/**
 * The amount as printed with its unit: "1,073.24万元", "95%", "22万人". A figure whose table declares no unit is
 * said to have none, never shown as a bare number a reader would take for 元 or 万元.
 */
export function printed(a: Amount): string {
  return a.unit ? a.text.replace(/[%％]$/, '') + a.unit : `${a.text}（表中未注明单位）`
}

/** Number value of an Amount (percent, count or money in its own unit). */
export function numberOf(a: Amount): number {
  return Number(a.value)
}
