import { escapeRegExp } from '../../search/normalize-text.js'
import { sentencesOf } from './prose.js'

/** How many paragraphs after a whole's change its parts may be listed in ("其中：" then （一）（二）（三）). */
export const PART_PARAGRAPHS = 4
/** A part's own paragraph opens with its enumerator: （一）, (二), 1., 2、 */
export const ENUMERATED = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])/

/**
 * A later clause with the same change (direction and amount as printed) and its 主要原因: "三公经费…减少2.26万元。
 * 其中：…公务用车运行维护费…减少2.26万元，主要原因是…" — the whole changed by exactly one part's change, so that
 * part's stated reason is the whole's.
 */
export function partReason(rest: string, direction: 'up' | 'down', amount: string): { reason: string; clause: string } | undefined {
  const words = direction === 'down' ? '减少|下降|压减|降低' : '增加|增长|提高'
  const m = new RegExp(`(?:[^。；;，,：:]*[，,])?[^。；;，,：:]*(?:${words})\\s*${escapeRegExp(amount)}\\s*(?:万元|元)[，,]?\\s*(?:主要原因|原因)(?:是|为|[:：])?\\s*([^。；;]+)`).exec(rest)
  return m ? { reason: m[1].trim(), clause: m[0].trim() } : undefined
}

/**
 * Rule `parts-sum-reason`: "“三公”经费…减少0.80万元。其中：…公务用车运行维护费4.80万元，比上年减少0.40万元，主要是…；
 * 公务接待费2.00万元，比上年减少0.40万元，主要是…": the parts that moved the whole's way, each with its reason, whose
 * changes add up to the whole's change, together give the whole's reasons (their clauses, joined as printed).
 */
export function partsReason(rest: string, direction: 'up' | 'down', amount: string): { reason: string; clause: string } | undefined {
  const words = direction === 'down' ? '减少|下降|压减|降低' : '增加|增长|提高'
  const re = new RegExp(`[^。；;：:]*?(?:${words})了?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)[，,]\\s*(?:主要原因|主要是|原因)(?:是|为)?[:：]?\\s*([^。；;]+)`, 'g')
  const parts = [...rest.matchAll(re)]
  // (the whole's amount as printed, its unit the parts' own: one unit among them)
  const whole = /^(\d[\d,]*(?:\.\d+)?)(万元|元)?$/.exec(amount.replace(/\s+/g, ''))
  if (parts.length < 2 || !whole || parts.some((m) => m[2] !== (whole[2] ?? parts[0][2]))) return undefined
  const cents = (t: string) => Math.round(Number(t.replace(/,/g, '')) * 100)
  if (parts.reduce((n, m) => n + cents(m[1]), 0) !== cents(whole[1])) return undefined
  const clause = (m: RegExpMatchArray) => m[0].replace(/^[，,\s]*(?:其中[:：]?)?/u, '').trim()
  return { reason: parts.map((m) => m[3].trim()).join('；'), clause: parts.map(clause).join('；') }
}

/**
 * The same rule when the parts are paragraphs of their own: "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。
 * 其中：" followed by "（一）…持平。" "（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车。"
 * Reads the enumerated paragraphs right after `from`, stopping at a heading or an unnumbered paragraph.
 */
export function reasonInParts(paragraphs: { text: string; heading: boolean }[], from: number, direction: 'up' | 'down', amount: string) {
  for (let j = from + 1; j <= from + PART_PARAGRAPHS && j < paragraphs.length; j++) {
    const q = paragraphs[j]
    if (q.heading || !ENUMERATED.test(q.text)) break
    const part = partReason(sentencesOf(q.text).map((s) => s.text).join(''), direction, amount)
    if (part) return { index: j, reason: part.reason, sentence: part.clause }
  }
  return undefined
}

/**
 * Rule parts-sum-reason over a paragraph break: the whole's change closes its paragraph and its parts open the next
 * with 其中 ("…比2024年预算减少7,000.00元。" / "其中：…公务用车运行维护费…减少4,000.00元，主要原因是…；公务接待费…减少
 * 3,000.00元，主要原因是…"): the parts' reasons, when their changes sum to the whole's.
 */
export function partsInNext(paragraphs: { text: string; heading: boolean }[], at: number, direction: 'up' | 'down', amount: string) {
  const q = paragraphs[at + 1]
  if (!q || q.heading || !/^其中/u.test(q.text.trim())) return undefined
  const part = partsReason(q.text, direction, amount)
  return part && { index: at + 1, reason: part.reason, sentence: part.clause }
}

/**
 * A whole whose change no sentence explains ("“三公”经费…增加16.40万元。其中：" then enumerated parts): the first part
 * listed after it that moved the same way with its own 主要原因/主要是 — quoted as the part's clause, which names the part.
 */
export function movedPartReason(paragraphs: { text: string; heading: boolean }[], from: number, direction: 'up' | 'down') {
  const words = direction === 'down' ? '减少|下降|压减|降低' : '增加|增长|提高'
  const re = new RegExp(`[^。；;，,：:]*[，,]?[^。；;，,：:]*(?:${words})(?:了)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|元)[，,]\\s*(?:主要原因|主要是|原因)(?:是|为)?[:：]?\\s*([^。；;]+)`)
  for (let j = from + 1; j <= from + PART_PARAGRAPHS && j < paragraphs.length; j++) {
    const q = paragraphs[j]
    if (q.heading || !ENUMERATED.test(q.text)) break
    const m = re.exec(sentencesOf(q.text).map((s) => s.text).join(''))
    if (m) return { index: j, reason: m[1].trim(), sentence: m[0].replace(/^其中[:：]?/, '').trim() }
  }
  return undefined
}
