import type { QuestionFrame } from '../question-frame.js'

const YEAR = /((?:19|20)\d{2})\s*年/g

/**
 * Rule `org-own-year`: "龙岚市某局2025年三公经费预算和某县某局2024年三公经费决算各是多少" — each organisation named with
 * its own year, the year written after it and before the next organisation: each is read in its own year, not the
 * first year for all. Undefined unless every organisation has one and they differ (a comparison of years is another
 * reading: 比2024年, which leaves a base year).
 */
export function orgOwnYears(frame: QuestionFrame): number[] | undefined {
  if (frame.orgs.length < 2 || frame.baseYear !== undefined) return undefined
  const t = frame.text
  const own = frame.orgs.map((o, i) => {
    const until = frame.orgs[i + 1]?.start ?? t.length
    const m = [...t.slice(o.end, until).matchAll(YEAR)]
    return m.length === 1 ? Number(m[0][1]) : undefined
  })
  // every year of the question is some organisation's own: none stands before the first organisation
  const before = [...t.slice(0, frame.orgs[0].start).matchAll(YEAR)].length
  if (before || own.some((y) => y === undefined) || new Set(own).size < 2) return undefined
  return own as number[]
}
