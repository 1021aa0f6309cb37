import type { QuestionFrame } from '../question-frame.js'

/** 今年/本年度/明年/去年 written as a time, not as a baseline ("比去年增加多少" keeps its meaning: against the prior year). */
const RELATIVE: [RegExp, number][] = [
  // (当年 is the report's own year, "当年体制既得财力" as it prints it: no calendar year)
  [/今年|本年度/u, 0],
  [/明年|下一年|下年度/u, 1],
  [/(?<![比较和与跟同]|相比|对比)去年(?!比|相比|同期)/u, -1],
  [/前年/u, -2],
]

/**
 * 今年/明年/去年 are calendar years counted from today (`today` injected, so a test can fix it); a year written
 * in the question wins ("今年（2026年）"). A baseline 去年 ("比去年少了多少") is left to the comparison reading.
 */
/** 今年 and 去年 asked together ("今年和去年分别多少"): two years, not a baseline. */
const PAIR = /今年(?:和|与|跟|及|、)去年|去年(?:和|与|跟|及|、)今年/u
/** The document's own year and the one before asked together, in its columns' words ("本期和上年同期各多少", "本年和上年"). */
// (each with its column's stage said: "上年预算数和本年预算数")
const OWN_PAIR = /(?:本年度?|本期|当年)(?:预算|决算|执行)?(?:数|金额)?(?:和|与|跟|及|、)(?:上年度?|上年同期|上期)|(?:上年度?|上年同期|上期)(?:预算|决算|执行)?(?:数|金额)?(?:和|与|跟|及|、)(?:本年度?|本期|当年)/u

/** Two years of one subject asked, as "2025年和2024年分别多少" is read: compared. */
const compared = (frame: QuestionFrame) => (frame.op === 'lookup' ? { op: 'compare' as const, opExplicit: true, order: 'desc' as const } : {})

/**
 * `latestHeld`: the newest year the organisations asked are held for. Rule relative-pair: "今年和去年" where today's
 * year is not held yet reads the newest held year as 今年 and the one before as 去年 (the document's own pair, its
 * 上年 column), said so (frame.relativeShift); a single 今年 is resolve-scope's to read.
 */
export function withRelativeYear(frame: QuestionFrame, today: Date, latestHeld?: () => number | undefined): QuestionFrame {
  if (frame.years.length) return frame
  const now = today.getUTCFullYear()
  if (PAIR.test(frame.text)) {
    const held = latestHeld?.()
    const y = held !== undefined && held < now ? held : now
    return { ...frame, ...compared(frame), years: [y, y - 1], priorRelative: false, relativeYear: 0, ...(y !== now ? { relativeShift: now } : {}) }
  }
  // rule own-pair: a pair said in the document's words is the newest year held and the one before, whatever today is
  const held = OWN_PAIR.test(frame.text) ? latestHeld?.() : undefined
  if (held !== undefined) return { ...frame, ...compared(frame), years: [held, held - 1], priorRelative: false }
  // "去年比前年降了多少": 去年 is the year asked, 前年 its baseline (the year before it), not the year asked
  if (/去年(?:比|较|与|同|相比)前年/u.test(frame.text)) return { ...frame, years: [now - 1], priorRelative: false, relativeYear: -1 }
  for (const [re, delta] of RELATIVE) {
    if (!re.test(frame.text)) continue
    if (delta === -1 && /比|较|变化|增减|增加|减少|增长|下降/.test(frame.text)) return frame
    return { ...frame, years: [now + delta], priorRelative: false, relativeYear: delta }
  }
  return frame
}
