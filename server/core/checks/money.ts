import { formatFen, toFen } from '../parse/amount.js'
import type { Amount, MoneyUnit } from '../schema.js'
import type { FindingFigure } from './finding.js'

const UNITS: MoneyUnit[] = ['元', '万元', '亿元', '千元']
export const isMoneyUnit = (u: string | undefined): u is MoneyUnit => !!u && (UNITS as string[]).includes(u)

/** Fen of one step in the last printed digit: "5.50" 万元 → 100 元 = 10000 fen; "6,000,000" 元 → 100 fen. */
export function stepFen(amount: Pick<Amount, 'value' | 'unit'>): number {
  if (!isMoneyUnit(amount.unit)) return 1
  const decimals = amount.value.split('.')[1]?.length ?? 0
  return Math.max(1, (toFen('1', amount.unit) ?? 100) / 10 ** decimals)
}

/**
 * Printed figures are rounded: a sum of n printed addends may miss the printed whole by up to one step per addend
 * (the rule documents declare with 因四舍五入…). Differences within that are not findings.
 */
export function withinRounding(a: number, b: number, step: number, addends = 1): boolean {
  return Math.abs(a - b) <= step * Math.max(1, addends)
}

export const sumFen = (xs: number[]) => xs.reduce((s, x) => s + x, 0)

/** Fen in a unit as a table would print it: 2 decimals for 万元, 2 for 元 unless whole. */
export function fenText(fen: number, unit: string): string {
  const u: MoneyUnit = isMoneyUnit(unit) ? unit : '元'
  const decimals = u === '元' && fen % 100 === 0 ? 0 : 2
  return formatFen(fen, u, decimals)
}

/** A printed amount as a finding figure. */
export function printedFigure(label: string, amount: Amount, inferred?: boolean): FindingFigure {
  return { label, text: amount.text, unit: amount.unit, fen: amount.fen ?? 0, ...(inferred ? { inferred: true } : {}) }
}

/** A sum or difference we computed, formatted in the unit of the figures it came from. */
export function computedFigure(label: string, fen: number, unit: string): FindingFigure {
  return { label, text: fenText(fen, unit), unit, fen, computed: true }
}

/** "6.00万元" — how a message quotes a printed figure. */
export const quote = (f: { text: string; unit: string }) => `${f.text}${f.unit}`
