/** Chinese numerals as the model may write an amount: 五十二万, 一千零七十三点二四, 两亿, 二〇二四. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** Below 万: 一千零七十三 → 1073; a bare 十二 → 12; digit by digit (二〇二四) → 2024. */
function below10k(s: string): number | undefined {
  if (!s) return 0
  if (![...s].some((c) => c in SMALL)) {
    let n = 0
    for (const c of s) {
      if (!(c in DIGIT)) return undefined
      n = n * 10 + DIGIT[c]
    }
    return n
  }
  let total = 0
  let digit: number | undefined
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c]
    else if (c in SMALL) {
      total += (digit ?? 1) * SMALL[c]
      digit = undefined
    } else return undefined
  }
  return total + (digit ?? 0)
}

function integer(s: string): number | undefined {
  const yi = s.lastIndexOf('亿')
  if (yi >= 0) {
    const hi = integer(s.slice(0, yi))
    const lo = integer(s.slice(yi + 1))
    return hi === undefined || lo === undefined ? undefined : (hi || 1) * 1e8 + lo
  }
  const wan = s.lastIndexOf('万')
  if (wan >= 0) {
    const hi = below10k(s.slice(0, wan))
    const lo = below10k(s.slice(wan + 1))
    return hi === undefined || lo === undefined ? undefined : (hi || 1) * 1e4 + lo
  }
  return below10k(s)
}

/**
 * The decimal string of a Chinese numeral, or undefined when it is not one: parseChineseNumeral('五十二万') → '520000',
 * parseChineseNumeral('三点五') → '3.5'. A trailing scale after the decimals (三点五亿) multiplies the whole.
 */
export function parseChineseNumeral(s: string): string | undefined {
  const m = /^([^点]*?)(?:点([零〇一二三四五六七八九]+)([万亿]?))?$/.exec(s)
  if (!m) return undefined
  const int = integer(m[1])
  if (int === undefined) return undefined
  if (!m[2]) return String(int)
  const frac = [...m[2]].map((c) => DIGIT[c]).join('')
  if (!m[3]) return `${int}.${frac}`
  const scale = m[3] === '亿' ? 8 : 4
  const digits = String(int) + frac.padEnd(scale, '0')
  const point = String(int).length + scale
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '')
  const rest = digits.slice(point).replace(/0+$/, '')
  return rest ? `${whole}.${rest}` : whole
}
