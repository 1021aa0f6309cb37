import { SIMPLIFIED_STEPS, TRADITIONAL_STEPS } from './traditional-chars.js'

/**
 * Traditional characters read as the Simplified ones questions and the vocabulary use: a question typed in
 * Traditional (南岸區醫保局, 公務接待費), a page mirrored in Traditional (烏魯木齊市政務服務中心). One character for one,
 * no dependency; only characters a Simplified text never prints are in the table, so Simplified text is left as it is.
 */
/** Characters of the table a Simplified text prints too, in names (四川's 濛阳镇, a county's 濛溪): read as printed. */
export const PRINTED_IN_SIMPLIFIED = new Set(['濛'])
const SIMPLIFIED_CHARS = codePoints(SIMPLIFIED_STEPS)
const PAIRS = codePoints(TRADITIONAL_STEPS).map((c, i) => [c, SIMPLIFIED_CHARS[i]] as const).filter(([c]) => !PRINTED_IN_SIMPLIFIED.has(c))
const TRADITIONAL_CHARS = PAIRS.map(([c]) => c)
const TABLE = new Map(PAIRS)

/** A column of the table as its characters, from the steps between their code points ('0' + step, or '~'/'!' base 36 '.'). */
export function codePoints(steps: string): string[] {
  const out: string[] = []
  let at = 0
  for (let i = 0; i < steps.length; i++) {
    const c = steps[i]
    if (c === '~' || c === '!') {
      const end = steps.indexOf('.', i)
      at += (c === '!' ? -1 : 1) * parseInt(steps.slice(i + 1, end), 36)
      i = end
    } else at += c.charCodeAt(0) - 48
    out.push(String.fromCodePoint(at))
  }
  return out
}

/** The character class of every Traditional character in the table (for a pattern that finds them). */
export const TRADITIONAL_CLASS = `[${TRADITIONAL_CHARS.join('')}]`

/** One Traditional character as Simplified; any other character as it is. */
export const simplifiedChar = (c: string): string => TABLE.get(c) ?? c

/** "南岸區醫保局2024年公務接待費" → "南岸区医保局2024年公务接待费"; other text is left as it is. */
export function toSimplified(text: string): string {
  let out = ''
  for (const c of text) out += TABLE.get(c) ?? c
  return out
}
