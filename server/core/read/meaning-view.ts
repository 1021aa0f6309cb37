import { simplifiedChar, TRADITIONAL_CLASS } from '../lexicon/to-simplified.js'

/**
 * The text read for MEANING: what the parsers, the metadata reader, the index and the matchers see. A page can be
 * published (or mirrored) in Traditional characters, with pinyin glossed after some of them ("政務(wù)服務(wù)中心",
 * "結(jié)轉(zhuǎn)"), or write its amounts in 万 with 元 left out ("合计为1000.86万,其中"); questions are asked, and the
 * vocabulary is written, in Simplified with 万元. Each rule below is one fold, run
 * over the text line by line: no fold crosses a line break, so line N of the view is line N of the source and line
 * provenance holds. Quotes and citations come from the source as printed; `meaningMap` says which source span
 * each character of the view stands for, so a span of the view finds its printed form (printedSpan).
 * Widths are not folded here: the amount reader and the matchers read full-width digits and letters already, and a
 * cell's text stays as printed.
 */
export interface MeaningFold {
  name: string
  /** what the fold replaces: a single character, or a gloss after one */
  pattern: RegExp
  replace: (match: string) => string
}

/** A pinyin syllable in brackets: letters only, at least one tone-marked vowel ("(wù)", "（zhuǎn）"). */
const GLOSS = '[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*[)）]'

export const MEANING_FOLDS: readonly MeaningFold[] = [
  // "决算数合计为1000.86万,其中:…": an amount's 万 or 亿 with its 元 left out is that many 万元/亿元 (never 万人, 万亩,
  // 万平方米: a word after it says what it counts; nor at a line's end when the next line opens with its 元: "1.5万" /
  // "元。" of a wrapped page is 1.5万元 as printed, never 1.5万元元)
  // (first: a Traditional 萬/億 so written, "比上年增加95.31萬", is read as 万元 too, not only as 万)
  // (nor before its own pinyin gloss and the word after it: "288萬(wàn)元" is 288万元 once the gloss is gone)
  { name: 'bare-money-unit', pattern: new RegExp(`(?<=\\d)[万亿萬億](?![\\p{Script=Han}\\dA-Za-z]|[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*元|${GLOSS}[\\p{Script=Han}\\dA-Za-z])`, 'u'), replace: (m) => `${simplifiedChar(m)}元` },
  { name: 'traditional-script', pattern: new RegExp(TRADITIONAL_CLASS, 'u'), replace: simplifiedChar },
  // "预算35. 3万元": a space a conversion left after a decimal point is no break in the number
  { name: 'spaced-decimal', pattern: /(?<=\d\.)[ \u3000]+(?=\d)/u, replace: () => '' },
  // a gloss follows the Han character it reads; it carries no meaning of the text
  { name: 'pinyin-gloss', pattern: new RegExp(`(?<=\\p{Script=Han})${GLOSS}`, 'u'), replace: () => '' },
]

const ANY = new RegExp(MEANING_FOLDS.map((f) => `(${f.pattern.source})`).join('|'), 'gu')

const foldOf = (m: string, groups: (string | undefined)[]): string => {
  const k = groups.findIndex((g) => g !== undefined)
  return MEANING_FOLDS[k].replace(m)
}

/** The meaning view of a text: "烏魯木齊市政務(wù)服務(wù)中心" → "乌鲁木齐市政务服务中心"; a Simplified text is returned as it is. */
export function foldMeaning(s: string): string {
  ANY.lastIndex = 0
  if (!ANY.test(s)) return s
  return s.replace(ANY, (m: string, ...rest: unknown[]) => foldOf(m, rest.slice(0, MEANING_FOLDS.length) as (string | undefined)[]))
}

/** The meaning view with its position map: view character i stands for source[from[i], to[i]). */
export interface MeaningMap { text: string; from: number[]; to: number[] }

export function meaningMap(source: string): MeaningMap {
  const from: number[] = []
  const to: number[] = []
  let text = ''
  let last = 0
  const keep = (a: number, b: number) => {
    for (let i = a; i < b; i++) { text += source[i]; from.push(i); to.push(i + 1) }
  }
  for (const m of source.matchAll(ANY)) {
    const at = m.index!
    keep(last, at)
    const out = foldOf(m[0], m.slice(1, MEANING_FOLDS.length + 1))
    // a dropped gloss widens the span of the character it follows
    if (!out && to.length) to[to.length - 1] = at + m[0].length
    for (const c of out) { text += c; from.push(at); to.push(at + m[0].length) }
    last = at + m[0].length
  }
  keep(last, source.length)
  return { text, from, to }
}

/**
 * The printed form of a span of the meaning view: printedSpan("年初結(jié)轉(zhuǎn)和結(jié)余0.55萬元", "结转和结余") →
 * "結(jié)轉(zhuǎn)和結(jié)余" (the gloss after the last character belongs to it). Whitespace is ignored on both sides, so
 * a span joined from several lines is found across their breaks. Undefined when the view does not hold it.
 */
export function printedSpan(printed: string, folded: string): string | undefined {
  const want = folded.replace(/\s+/g, '')
  if (!want) return undefined
  const view = meaningMap(printed)
  const at: number[] = []
  let flat = ''
  for (let i = 0; i < view.text.length; i++) {
    if (/\s/.test(view.text[i])) continue
    flat += view.text[i]
    at.push(i)
  }
  const k = flat.indexOf(want)
  if (k < 0) return undefined
  return printed.slice(view.from[at[k]], view.to[at[k + want.length - 1]])
}
