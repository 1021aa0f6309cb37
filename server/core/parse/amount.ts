import type { Amount, MoneyUnit } from '../schema.js'

/** Fen (0.01 元) per unit: integer scale factors so money arithmetic stays exact. */
const FEN_PER: Record<MoneyUnit, bigint> = { 元: 100n, 千元: 100_000n, 万元: 1_000_000n, 亿元: 10_000_000_000n }

const FULL_WIDTH = /[０-９，．－]/g
const NUMBER = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/
const PERCENT = /^[-−]?\d+(?:\.\d+)?[%％]$/

/** Full-width digits and separators to ASCII, so "１，０７３．２４" reads as a number. */
export function asciiDigits(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** True when the token is a number as budget tables print them: 1,073.24 / 575.01 / -17 (no unit). */
export function isNumberToken(s: string): boolean {
  return NUMBER.test(asciiDigits(s.trim()))
}

export function isPercentToken(s: string): boolean {
  return PERCENT.test(asciiDigits(s.trim()))
}

/** Exact decimal string without separators: "41,944,713.02" → "41944713.02". */
export function decimalOf(text: string): string {
  return asciiDigits(text.trim()).replace(/,/g, '').replace('−', '-').replace(/[%％]$/, '')
}

/** Exact fen for a decimal string in a money unit, or undefined when it has more precision than a fen. */
export function toFen(decimal: string, unit: MoneyUnit): number | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal)
  if (!m) return undefined
  const frac = m[3] ?? ''
  const scale = FEN_PER[unit]
  const denom = 10n ** BigInt(frac.length)
  const num = BigInt(m[2] + frac) * scale
  if (num % denom !== 0n) return undefined
  const fen = num / denom
  return Number(m[1] === '-' ? -fen : fen)
}

/** Parse a table cell or prose figure into an Amount; money units get exact fen. */
export function parseAmount(text: string, unit: string): Amount | undefined {
  const t = text.trim()
  if (isPercentToken(t)) return { text: t, value: decimalOf(t), unit: '%' }
  if (!isNumberToken(t)) return undefined
  const value = decimalOf(t)
  const money = unit in FEN_PER ? (unit as MoneyUnit) : undefined
  return money ? { text: t, value, unit, fen: toFen(value, money) } : { text: t, value, unit }
}

/** Yuan as a number from fen (for display and ranking; exactness lives in fen). */
export function fenToYuan(fen: number): number {
  return fen / 100
}

/** Format fen in a unit with the given decimals and thousands separators: 1073240000 → "1,073.24" (万元). */
export function formatFen(fen: number, unit: MoneyUnit, decimals = 2): string {
  const neg = fen < 0
  const abs = BigInt(Math.abs(fen))
  const scale = FEN_PER[unit]
  const pow = 10n ** BigInt(decimals)
  // round half up at the requested precision
  const scaled = (abs * pow * 2n + scale) / (scale * 2n)
  const int = scaled / pow
  const frac = decimals > 0 ? '.' + (scaled % pow).toString().padStart(decimals, '0') : ''
  return (neg ? '-' : '') + int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac
}

export const MONEY_UNITS = Object.keys(FEN_PER) as MoneyUnit[]
