import { formatFen, toFen } from '../parse/amount.js'
import { isMoneyUnit, type Amount, type MoneyUnit } from '../schema.js'
import type { FindingFigure } from './finding.js'

/** Fen of one step in the last printed digit: "5.50" 万元 → 100 元 = 10000 fen; "6,000,000" 元 → 100 fen. */
export function stepFen(amount: Pick<Amount, 'value' | 'unit'>): number {
  if (!isMoneyUnit(amount.unit)) return 1
  const decimals = amount.value.split('.')[1]?.length ?? 0
  return Math.max(1, (toFen('1', amount.unit) ?? 100) / 10 ** decimals)
}

/**
 * Rounding tolerance, from the printed precision: each printed figure may be off its true value by half a step of
 * its last digit, so a whole and n printed parts may disagree by half a step per figure. With two decimals that is
 * 0.005 万元 (50 元) per figure in a 万元 table and half a fen in a 元 table printed to the fen (whole-元 figures: 50 fen).
 */
export const roundingSlack = (amounts: Pick<Amount, 'value' | 'unit'>[]) => amounts.reduce((s, a) => s + stepFen(a) / 2, 0)

/**
 * Whether a printed rate (增长 P%, 占 P%) can be the page's own rounding of part ÷ whole when both are printed rounded
 * too: any ratio of the figures they could round from, within the rate's own printed precision. `slack` is half of a
 * figure's last printed step, in fen.
 */
export function rateFits(rate: { value: number; decimals: number }, part: { fen: number; slack: number }, whole: { fen: number; slack: number }): boolean {
  const low = (Math.max(0, part.fen - part.slack) / (whole.fen + whole.slack)) * 100
  const high = whole.fen > whole.slack ? ((part.fen + part.slack) / (whole.fen - whole.slack)) * 100 : Infinity
  const printed = 0.5 * 10 ** -rate.decimals + 1e-9
  return rate.value >= low - printed && rate.value <= high + printed
}

/** How two amounts that should be equal compare: equal, apart by what rounding explains, or apart beyond it. */
export type Gap = 'equal' | 'rounding' | 'mismatch'
export function gapOf(a: number, b: number, slack: number): Gap {
  const d = Math.abs(a - b)
  return d === 0 ? 'equal' : d <= slack ? 'rounding' : 'mismatch'
}

/**
 * The same figure printed twice (two tables, prose and table): equal unless they differ by more than the coarser
 * print can hide ("463.2" and "463.20" agree; "1" 万元 and "0.52" do not explain each other beyond half of 1).
 */
export function sameFigure(a: Pick<Amount, 'value' | 'unit'> & { fen: number }, b: Pick<Amount, 'value' | 'unit'> & { fen: number }): boolean {
  return Math.abs(a.fen - b.fen) <= Math.max(stepFen(a), stepFen(b)) / 2
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
