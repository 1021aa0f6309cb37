import { isMoneyUnit, type Amount } from '../../schema.js'
import { fenOf } from './money.js'

const UNIT_FEN = { 元: 100, 千元: 100_000, 万元: 1_000_000, 亿元: 10_000_000_000 } as const

/** One unit of the last digit an amount prints, in fen: "3,355.65万元" → 0.01万元 = 10,000 fen; "25万元" → 1 (read as exact). */
/** How many decimals an amount prints: "89.974" → 3, "1,200" → 0. */
export const printedDecimals = (a: Amount) => /\.(\d+)$/.exec(a.text.replace(/,/g, ''))?.[1].length ?? 0

export function lastDigitFen(a: Amount): number | undefined {
  if (!isMoneyUnit(a.unit)) return undefined
  const decimals = printedDecimals(a)
  // "839万元" is read as exact: a whole number of 万元 is how documents print round figures, not a rounding
  if (!decimals && a.unit !== '元') return 1
  return Math.max(1, UNIT_FEN[a.unit] / 10 ** decimals)
}

/**
 * The prose prints a figure rounded ("16497.86万元") that a table prints to the yuan (164,978,640元): the same figure
 * when the table's is within half a unit of the last digit printed.
 */
export function samePrinted(a: Amount, fen: number | undefined): boolean {
  const own = fenOf(a)
  const step = lastDigitFen(a)
  if (own === undefined || fen === undefined || step === undefined) return false
  return 2 * Math.abs(own - fen) <= step
}
