import type { QuestionFrame } from './question-frame.js'

const NEEDS_TWO = new Set(['share', 'difference'])

/**
 * A follow-up inherits what the conversation already fixed: "那基本支出呢？" keeps organisation, year and subject
 * and changes the column; "江北区的呢？" changes the organisation; "2024年呢？" the year; "水费呢？" the subject.
 */
export function inheritFrame(cur: QuestionFrame, prev: QuestionFrame | undefined): QuestionFrame {
  if (!prev) return cur
  const out: QuestionFrame = { ...cur }
  const openScope = cur.op === 'rank' || cur.op === 'list' || cur.op === 'define'
  if (!cur.orgs.length && !openScope) out.orgs = prev.orgs
  if (!cur.years.length && !openScope && prev.years.length) {
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
  } else if (NEEDS_TWO.has(prev.op) && !cur.opExplicit && cur.concepts.length === 1 && prev.concepts.length === 2) {
    out.concepts = [cur.concepts[0], prev.concepts[1]]
  }
  if (!cur.opExplicit) {
    out.op = prev.op
    out.order = prev.order
    out.direction ??= prev.direction
  }
  if (out.concepts !== cur.concepts || out.orgs !== cur.orgs) out.unknown = cur.concepts.length ? cur.unknown : undefined
  return out
}
