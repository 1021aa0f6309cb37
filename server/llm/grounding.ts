/**
 * The grounding check: every figure the model states must appear in a tool result of the same turn,
 * allowing unit conversion (元 ↔ 万元 ↔ 亿元, ratio ↔ %) and rounding to the decimals the answer shows.
 */

export interface Figure {
  text: string
  value: number
  decimals: number
}

const FULLWIDTH = /[０-９．，]/g
const toAscii = (s: string) => s.replace(FULLWIDTH, (ch) => (ch === '．' ? '.' : ch === '，' ? '，' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g

/** Every number written in the text: extractFigures('支出 1,073.24 万元') → [{ text: '1,073.24', value: 1073.24, decimals: 2 }] */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = []
  for (const m of toAscii(text).matchAll(NUMBER)) {
    const plain = m[0].replace(/,/g, '')
    out.push({ text: m[0], value: Number(plain), decimals: plain.split('.')[1]?.length ?? 0 })
  }
  return out
}

/** Years, list markers and small counts are not figures that need a source. */
const isIncidental = (f: Figure) => (f.decimals === 0 && f.value < 10) || (f.decimals === 0 && f.value >= 1990 && f.value <= 2100)

/** Scales between the units a figure may be restated in. */
const SCALES = [1, 1e4, 1e-4, 1e8, 1e-8, 100, 0.01]

/** True when `source`, converted by some unit scale and rounded to the figure's decimals, equals the figure. */
export function matchesFigure(f: Figure, source: number): boolean {
  const tolerance = 0.5 * 10 ** -f.decimals + 1e-9 * Math.abs(f.value)
  return SCALES.some((s) => Math.abs(source * s - f.value) <= tolerance)
}

/**
 * The figures of `answer` that no tool result backs (`sourceTexts`: the serialized tool results).
 * A figure the user wrote is not exempt: a question that plants a number must not get it stated back as fact.
 */
export function ungroundedFigures(answer: string, sourceTexts: string[]): Figure[] {
  const sources = [...new Set(sourceTexts.flatMap(extractFigures).map((f) => f.value))]
  return extractFigures(answer).filter((f) => !isIncidental(f) && !sources.some((s) => matchesFigure(f, s)))
}

/** The figures in the answer that need a source (for choosing citations). */
export const statedFigures = (answer: string): Figure[] => extractFigures(answer).filter((f) => !isIncidental(f))
