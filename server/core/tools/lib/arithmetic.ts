import type { MoneyUnit } from '../../schema.js'
import { moneyText, wanText } from './money.js'

const decimals = (x: number) => Math.min(8, /\.(\d+)$/.exec(String(x))?.[1].length ?? 0)

/**
 * a/b·100 rounded half away from zero to 0.01%, as an integer count of 0.01% (exact: BigInt). Fen are integers; a
 * figure whose unit the document does not state (750.75) is scaled to one by its printed decimals first.
 */
export function percentHundredths(a: number, b: number): number {
  const scale = 10 ** Math.max(decimals(a), decimals(b))
  const num = BigInt(Math.round(a * scale)) * 10000n
  const den = BigInt(Math.round(b * scale))
  const neg = num < 0n !== den < 0n
  const n = num < 0n ? -num : num
  const d = den < 0n ? -den : den
  const q = (n * 2n + d) / (2n * d)
  return Number(neg ? -q : q)
}

export const percentText = (hundredths: number) => (hundredths / 100).toFixed(2) + '%'

/** Money in the unit every input shares, else in 元; always with the 万元 form beside it. */
export function moneyResult(fen: number, units: string[]) {
  const unit: MoneyUnit = units.length && units.every((u) => u === units[0]) ? (units[0] as MoneyUnit) : '元'
  return { text: moneyText(fen, unit), unit, fen, yuan: fen / 100, wan: wanText(fen) }
}
