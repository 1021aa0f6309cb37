import { parseChineseNumeral } from './chinese-numeral.js'

/**
 * Every figure an answer states, read with its unit: "521.68万元", "五十二万元", "增长5.08%", "编制25名".
 * Years (2024年), ordinals (第1项), table numbers (表2) and line numbers (129行) are references, not figures;
 * a number with no unit at all is kept as a 'bare' figure, which grounding must still account for.
 */
export interface StatedFigure {
  text: string
  kind: 'money' | 'percent' | 'count' | 'bare'
  /** exact decimal as written, without separators or sign: "521.68" */
  digits: string
  negative: boolean
  /** for money: fen per unit written (元 100, 万元 1,000,000 …) */
  fenPerUnit?: bigint
  /** for counts: the unit word (名, 个, 辆 …) */
  unit?: string
  /** 增/减 words right before the figure */
  direction?: 'up' | 'down'
  /** written as a Chinese numeral: only an exact match counts */
  chinese: boolean
  /** offset in its sentence */
  at: number
}

export interface AnswerSentence {
  text: string
  figures: StatedFigure[]
}

const FEN_PER: Record<string, bigint> = { 元: 100n, yuan: 100n, 千元: 100_000n, 万元: 1_000_000n, 万: 1_000_000n, 亿元: 10_000_000_000n, 亿: 10_000_000_000n }
const COUNT_UNITS = '名|人|个|辆|项|家|处|台|套|次|户|所|间|张|条|份|篇|册|座|亩|平方米|公里'
const UNIT = `个百分点|百分点|亿元|万元|千元|元|yuan|亿|万|%|％|年度|年|月|日|行|页|${COUNT_UNITS}`
const ARABIC = '[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?'
const FIGURE = new RegExp(
  `(百分之)?(?:(?<![\\w.,])(${ARABIC})(?![\\w])|([零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?))\\s*(${UNIT})?`,
  'gu',
)

const FULLWIDTH = /[０-９．－]/g
const toAscii = (s: string) => s.replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))

const UP = /(?:增加|增长|上升|提高|多出|多了|增)(?:了|约|为|额为|额|幅度为|幅度|幅|达)?\s*$/
const DOWN = /(?:减少|下降|降低|减了|少了|下滑|压减|缩减|节约|减|少)(?:了|约|为|额为|额|幅度为|幅度|幅|达)?\s*$/
const REFERENCE_BEFORE = /(?:第|表|附件|附表|编码|科目|代码|[-—–~～至])\s*$/

function directionBefore(before: string): 'up' | 'down' | undefined {
  const tail = before.slice(-8)
  if (/增减[^\d]{0,4}$/.test(tail)) return undefined
  if (UP.test(tail)) return 'up'
  if (DOWN.test(tail)) return 'down'
  return undefined
}

/** One figure, or undefined for a reference (year, ordinal, table, line) or a Chinese numeral without a money unit. */
function readFigure(m: RegExpMatchArray, sentence: string): StatedFigure | undefined {
  const [whole, percentWord, arabic, chinese] = m
  const unit = m[4] ?? ''
  const at = m.index ?? 0
  const before = sentence.slice(Math.max(0, at - 12), at)
  let digits: string | undefined
  let negative = false
  if (arabic) {
    negative = /^[-−]/.test(arabic)
    digits = arabic.replace(/^[-−]/, '').replace(/,/g, '')
  } else {
    // a Chinese numeral counts only as an amount: 五十二万元, 百分之五, 三个百分点 (not 表二, 一般, 三公)
    if (!percentWord && !/元|亿|万|百分点/.test(unit) && !/[万亿]$/.test(chinese)) return undefined
    digits = parseChineseNumeral(chinese)
    if (digits === undefined) return undefined
  }
  const integer = !digits.includes('.')
  const base = { text: whole.trim(), digits, negative, chinese: !arabic, at, direction: directionBefore(before) }
  if (percentWord || /%|％|百分点/.test(unit)) return { ...base, kind: 'percent' }
  if (unit in FEN_PER) return { ...base, kind: 'money', fenPerUnit: FEN_PER[unit] }
  if (!arabic && /[万亿]$/.test(chinese)) return { ...base, kind: 'money', fenPerUnit: 100n }
  if (integer && /^(?:年度|年|月|日)$/.test(unit)) return undefined
  if (integer && (/^(?:行|页)$/.test(unit) || REFERENCE_BEFORE.test(before))) return undefined
  if (unit && /^(?:年度|年|月|日|行|页)$/.test(unit)) return { ...base, kind: 'bare' }
  if (unit) return { ...base, kind: 'count', unit }
  return { ...base, kind: 'bare' }
}

/** Sentences end at 。！？, a newline, or their ASCII forms (a ； joins clauses of one sentence). */
export function answerSentences(answer: string): string[] {
  return toAscii(answer).split(/(?<=[。！？!?\n])/).filter((s) => s.trim())
}

/** The answer, sentence by sentence, with the figures each states. */
export function readAnswer(answer: string): AnswerSentence[] {
  return answerSentences(answer).map((text) => ({
    text,
    figures: [...text.matchAll(FIGURE)].flatMap((m) => readFigure(m, text) ?? []),
  }))
}
