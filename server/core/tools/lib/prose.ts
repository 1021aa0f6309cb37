import type { Amount, MoneyUnit } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { normalizeText } from '../../search/normalize-text.js'

/** Figures stated in prose: money, counts, the change against last year and its 主要原因. */
export const MONEY_RE = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/g
export const COUNT_RE = /(\d{1,3}(?:,\d{3})+|\d+|[零一二两三四五六七八九十]{1,3})\s*(名|人|个|辆|项|台|家)/g
const CHANGE_WORD = /增加|减少|增长|下降|持平|增|减|节约|压缩|结余/
/** "比2024年减少…", also with the baseline's own amount between: "比2024年预算数1,530.40万元减少311.80万元" (group 5). */
export const CHANGE_RE =
  /(?:比|较|相比)\s*(上年|去年|\d{4}\s*年(?:预算数?)?)\s*(?:(?:的|为)?\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)))?\s*(增加|减少|增长|下降|增|减)(?:了)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|%)/
/** A change stated right after its subject, with no baseline: "人员经费拨款增加23.02万元". */
const DIRECT_CHANGE_RE = /^.{0,6}?(增加|减少|增长|下降|增|减)(?:了)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|%)/
export const FLAT_RE = /(?:与|和|同)\s*(上年|去年|\d{4}\s*年)\s*(?:保持)?(?:持平|一致)/
const REASON_RE = /(?:主要原因(?:一)?(?:是|为|在于|系)?|主要是|原因是)[:：]?\s*(.+?)(?=[。；;]|[，,]\s*主要用于|$)/

export interface Span { text: string; start: number }

/** Sentences (split on 。；！？ and line breaks), normalised for matching. */
export function sentencesOf(text: string): Span[] {
  // the same paragraphs are split on every question that reads their document: each text once (frozen, shared)
  let hit = sentenceCache.get(text)
  if (!hit) {
    if (sentenceCache.size >= 5_000) sentenceCache.clear()
    sentenceCache.set(text, (hit = Object.freeze(splitSentences(text)) as Span[]))
  }
  return hit
}

const sentenceCache = new Map<string, Span[]>()

function splitSentences(text: string): Span[] {
  const t = normalizeText(text)
  const out: Span[] = []
  let start = 0
  for (const m of t.matchAll(/[。；;！？!?\n]/g)) {
    const end = m.index! + 1
    if (t.slice(start, end).trim()) out.push({ text: t.slice(start, end), start })
    start = end
  }
  if (t.slice(start).trim()) out.push({ text: t.slice(start), start })
  return out
}

const CN: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** Chinese numerals up to 99: 三 → 3, 十二 → 12, 二十五 → 25. */
export function cnNumber(s: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^\d+$/.test(s)) return Number(s)
  if (s === '十') return 10
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s)
  if (m) return (m[1] ? CN[m[1]] : 1) * 10 + (m[2] ? CN[m[2]] : 0)
  return s.length === 1 ? CN[s] : undefined
}

export interface ProseFigure { amount: Amount; sentence: string; gap: number }

/** The money stated right after a keyword in one sentence ("社会保障和就业支出预算 89.74 万元"); skips change amounts. */
export function moneyAfter(sentence: string, keyword: string, maxGap = 24): ProseFigure | undefined {
  let best: ProseFigure | undefined
  for (let i = sentence.indexOf(keyword); i >= 0; i = sentence.indexOf(keyword, i + 1)) {
    const after = sentence.slice(i + keyword.length)
    const m = new RegExp(MONEY_RE.source).exec(after)
    if (!m) continue
    const gap = after.slice(0, m.index)
    // "总额比2025年预算数4181.39万元减少…": an amount after 比/较 is the baseline, not the subject's own figure
    if (gap.length > maxGap || CHANGE_WORD.test(gap) || /[；;。]/.test(gap) || /(?:比|较|相比|同比)/.test(gap)) continue
    const amount = parseAmount(m[1], m[2] as MoneyUnit)
    if (amount && (!best || gap.length < best.gap)) best = { amount, sentence, gap: gap.length }
  }
  return best
}

/** The count nearest a keyword within its clause, on either side ("内设 7 个机构科室", "编制数24人"). */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|新增|减|增|少|多)了?\s*$/u

export function countNear(sentence: string, keyword: string, units: string[], maxGap = 12): ProseFigure | undefined {
  let best: ProseFigure | undefined
  // a comma inside 6,842 does not end a clause
  for (const clause of sentence.split(/[，：:；;。]|(?<!\d),|,(?!\d{3}(?:\D|$))/)) {
    const k = clause.indexOf(keyword)
    if (k < 0) continue
    for (const m of clause.matchAll(new RegExp(COUNT_RE.source, 'g'))) {
      if (!units.includes(m[2])) continue
      const n = cnNumber(m[1])
      if (n === undefined) continue
      // "在职人员总数相比上年度增加 2 人" states a change, not the count
      if (CHANGE_BEFORE.test(clause.slice(Math.max(0, m.index! - 4), m.index!))) continue
      const end = m.index! + m[0].length
      const gap = end <= k ? k - end : m.index! >= k + keyword.length ? m.index! - (k + keyword.length) : 0
      if (gap > maxGap) continue
      const amount: Amount = { text: m[1], value: String(n), unit: m[2] }
      if (!best || gap < best.gap) best = { amount, sentence, gap }
    }
  }
  return best
}

export interface ChangeStatement {
  direction?: 'up' | 'down' | 'flat'
  amount?: Amount
  baseline: string
  /** the baseline year's own amount when printed: "比2023年预算数1572.13万元增加…" */
  baselineAmount?: Amount
  reason?: string
  clause: string
}

/** Money figures before `end`: a change or reason after a second figure belongs to another subject. */
const moneyBefore = (s: string, end: number) => [...s.slice(0, end).matchAll(new RegExp(MONEY_RE.source, 'g'))].length

/** "比 2025 年减少 60.39 万元，主要原因是…" after a position in a sentence, about the subject named there. */
export function changeAfter(sentence: string, from = 0): ChangeStatement | undefined {
  const rest = sentence.slice(from)
  const m = CHANGE_RE.exec(rest)
  // the baseline's own amount ("比2024年预算数1,530.40万元减少…") is one more figure before the reason
  const r = REASON_RE.exec(rest)
  const reason = r && moneyBefore(rest, r.index) <= 2 + (m?.[2] ? 1 : 0) ? r[1].trim() : undefined
  if (m && moneyBefore(rest, m.index) <= 1) {
    const direction = /增/.test(m[3]) ? 'up' : 'down'
    const amount = m[5] === '%' ? { text: m[4], value: m[4], unit: '%' } : parseAmount(m[4], m[5] as MoneyUnit)
    const b = m[2] ? /^(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)$/.exec(m[2].trim()) : undefined
    const baselineAmount = b ? parseAmount(b[1], b[2] as MoneyUnit) : undefined
    return { direction, amount, baseline: m[1].replace(/\s+/g, ''), ...(baselineAmount ? { baselineAmount } : {}), reason, clause: rest }
  }
  const d = DIRECT_CHANGE_RE.exec(rest)
  if (d && moneyBefore(rest, d.index) === 0) {
    const amount = d[3] === '%' ? { text: d[2], value: d[2], unit: '%' } : parseAmount(d[2], d[3] as MoneyUnit)
    return { direction: /增/.test(d[1]) ? 'up' : 'down', amount, baseline: '', reason, clause: rest }
  }
  const f = FLAT_RE.exec(rest)
  if (f && moneyBefore(rest, f.index) <= 1) return { direction: 'flat', baseline: f[1].replace(/\s+/g, ''), reason, clause: rest }
  return reason ? { baseline: '', reason, clause: rest } : undefined
}

/** A readable excerpt: the sentence from the keyword on, without the trailing "主要用于…" usage list. */
export function excerptFrom(sentence: string, keyword: string): string {
  const i = Math.max(0, sentence.indexOf(keyword))
  return sentence
    .slice(i)
    .replace(/[，,]\s*主要用于.*?(?=[，,]\s*(?:比|较|主要原因|主要是)|$)/, '')
    .replace(/[。；;]$/, '')
    .trim()
}
