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

/**
 * Rule `org-own-year`, years for some only: "A局污水处理厂投了多少，B局基本公共卫生服务2024年花了多少" — each
 * organisation asked in a clause of its own, the year written in B's clause only: B is read in that year and A in its
 * latest (undefined), never A in B's year. Undefined unless the organisations stand in separate clauses (a year after
 * "A和B" is both's), no year precedes the first, and some but not all have a year.
 */
export function orgYearsInClauses(frame: QuestionFrame): (number | undefined)[] | undefined {
  if (frame.orgs.length < 2 || frame.baseYear !== undefined) return undefined
  const t = frame.text
  if ([...t.slice(0, frame.orgs[0].start).matchAll(YEAR)].length) return undefined
  const apart = frame.orgs.slice(1).every((o, i) => /[，,；;？?。]/u.test(t.slice(frame.orgs[i].end, o.start)))
  if (!apart) return undefined
  const own = frame.orgs.map((o, i) => {
    const m = [...t.slice(o.end, frame.orgs[i + 1]?.start ?? t.length).matchAll(YEAR)]
    return m.length === 1 ? Number(m[0][1]) : m.length ? NaN : undefined
  })
  if (own.some((y) => Number.isNaN(y)) || own.every((y) => y === undefined) || own.every((y) => y !== undefined)) return undefined
  return own
}
