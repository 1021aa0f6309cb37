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
export function withRelativeYear(frame: QuestionFrame, today: Date): QuestionFrame {
  if (frame.years.length) return frame
  const now = today.getUTCFullYear()
  for (const [re, delta] of RELATIVE) {
    if (!re.test(frame.text)) continue
    if (delta === -1 && /比|较|变化|增减|增加|减少|增长|下降/.test(frame.text)) return frame
    return { ...frame, years: [now + delta], priorRelative: false, relativeYear: delta }
  }
  return frame
}
