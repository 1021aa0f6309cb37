import type { QuestionFrame } from './question-frame.js'

const NEEDS_TWO = new Set(['share', 'difference'])
const CHANGE_ASK = /比|较|相比|变化|增减|增加|减少|增长|下降/

/**
 * A follow-up inherits what the conversation already fixed: "那基本支出呢？" keeps organisation, year and subject
 * and changes the column; "江北区的呢？" changes the organisation; "2024年呢？" the year; "水费呢？" the subject.
 */
export function inheritFrame(cur: QuestionFrame, prev: QuestionFrame | undefined): QuestionFrame {
  if (!prev) return cur
  const out: QuestionFrame = { ...cur }
  const openScope = cur.op === 'rank' || cur.op === 'list' || cur.op === 'define'
  if (!cur.orgs.length && !openScope) out.orgs = prev.orgs
  if (cur.years.length === 1 && cur.baseYear === undefined && prev.years.length && prev.years[0] !== cur.years[0] && /比|相比|对比|较/.test(cur.text) && !cur.concepts.length) {
    // "和2025年比呢？": the year named now is the baseline; the year of the conversation stays
    out.years = prev.years
    out.baseYear = cur.years[0]
    out.op = 'change'
    out.opExplicit = true
  } else if (!cur.years.length && cur.priorRelative && !cur.concepts.length && prev.years.length && !CHANGE_ASK.test(cur.text)) {
    // "上一年呢？": the same subject, one year back from the year of the conversation
    out.years = [prev.years[0] - 1]
  } else if (!cur.years.length && !openScope && prev.years.length) {
    out.years = prev.years
    out.baseYear ??= prev.baseYear
    out.yearInherited = true
  }
  const onlyColumn = cur.concepts.length > 0 && cur.concepts.every((c) => c.kind === 'column')
  if (!cur.concepts.length) {
    out.concepts = prev.concepts
    out.columns = cur.columns.length ? cur.columns : prev.columns
    out.countNoun ??= prev.countNoun
  } else if (onlyColumn && prev.concepts.some((c) => c.kind !== 'column' && c.kind !== 'count') && !cur.opExplicit) {
    out.concepts = prev.concepts
    out.columns = cur.concepts.map((c) => c.role!)
  } else if (cur.op === 'share' && cur.concepts.length === 1 && /^(?:那|那么)?占/.test(cur.text) && prev.concepts.some((c) => c.kind !== 'count')) {
    // "占基本支出多少": the previous subject's share of the one named now
    out.concepts = [prev.concepts.find((c) => c.kind !== 'count')!, cur.concepts[0]]
  } else if (NEEDS_TWO.has(prev.op) && !cur.opExplicit && cur.concepts.length === 1 && prev.concepts.length === 2) {
    out.concepts = [cur.concepts[0], prev.concepts[1]]
  }
  const whole = prev.concepts.find((c) => c.kind !== 'column' && c.kind !== 'count')
  if (whole && out.concepts.some((c) => c.parent === '')) out.concepts = out.concepts.map((c) => (c.parent === '' ? { ...c, parent: whole.name } : c))
  if (!out.opExplicit) {
    out.op = prev.op
    out.order = prev.order
    out.direction ??= prev.direction
  }
  if (out.concepts !== cur.concepts || out.orgs !== cur.orgs) out.unknown = cur.concepts.length ? cur.unknown : undefined
  return out
}
