import { isNumberToken, isPercentToken } from './amount.js'

/** A table's number printed after its title, set apart from it: 公开03表, 部门公开3表, 附3表. */
export const TABLE_NUMBER_AFTER = String.raw`(?:(?:部门)?公开|附)?\d{1,3}表`
/** A continuation mark's words: （续表）, 续上表, (续). */
export const CONTINUED_WORDS = String.raw`[（(]?\s*(?:续表|续上表|续)\s*[)）]?`

/** Subject codes: 类 3 digits, 款 5, 项 7 (economic codes: 3 and 5). */
export const CODE = /^\d{3}(?:\d{2}){0,2}$/
export const TOTAL_LABEL = /^(?:合计|总计|小计)$|(?:合计|总计|总数)$/
export const isValueToken = (t: string) => isNumberToken(t) || isPercentToken(t)
const HAN_END = /[\p{Script=Han}（）()“”、]$/u
const HAN_START = /^[\p{Script=Han}（）()“”]/u

/** Whitespace tokens of a line, with the width of the gap before each (indentation and column hints). */
export function tokenize(text: string): { tok: string; gap: number }[] {
  const out: { tok: string; gap: number }[] = []
  const re = /\S+/g
  let last = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ tok: m[0], gap: m.index - last })
    last = m.index + m[0].length
  }
  return out
}

/** Join two text fragments: no space between Han characters (PDF text breaks), one space otherwise. */
export function joinText(a: string, b: string): string {
  if (!a) return b
  return HAN_END.test(a) && HAN_START.test(b) ? a + b : `${a} ${b}`
}

/** A run of single Han characters split by spaces ("合    计") is one word. */
export function mergeSpacedHan(tokens: string[]): string[] {
  const out: string[] = []
  for (const t of tokens) {
    const prev = out[out.length - 1]
    if (prev !== undefined && /^\p{Script=Han}$/u.test(t) && /^\p{Script=Han}$/u.test(prev)) {
      out[out.length - 1] = prev + t
    } else out.push(t)
  }
  return out
}
