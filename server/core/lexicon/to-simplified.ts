import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './traditional-chars.js'

/**
 * Traditional characters read as the Simplified ones questions and the vocabulary use: a question typed in
 * Traditional (南岸區醫保局, 公務接待費), a page mirrored in Traditional (烏魯木齊市政務服務中心). One character for one,
 * no dependency; only characters a Simplified text never prints are in the table, so Simplified text is left as it is.
 */
const TABLE = new Map([...TRADITIONAL_CHARS].map((c, i) => [c, SIMPLIFIED_CHARS[i]]))

/** The character class of every Traditional character in the table (for a pattern that finds them). */
export const TRADITIONAL_CLASS = `[${TRADITIONAL_CHARS}]`

/** One Traditional character as Simplified; any other character as it is. */
export const simplifiedChar = (c: string): string => TABLE.get(c) ?? c

/** "南岸區醫保局2024年公務接待費" → "南岸区医保局2024年公务接待费"; other text is left as it is. */
export function toSimplified(text: string): string {
  let out = ''
  for (const c of text) out += TABLE.get(c) ?? c
  return out
}
