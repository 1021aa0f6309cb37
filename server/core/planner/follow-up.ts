import type { QuestionFrame } from './question-frame.js'

const NEEDS_TWO = new Set(['share', 'difference'])
const CHANGE_ASK = /比|较|相比|变化|增减|增加|减少|增长|下降/

/** One way a follow-up leaves something open that the conversation already fixed: what it takes from the previous turn. */
export interface FollowUpRule {
  name: string
  when: (cur: QuestionFrame, prev: QuestionFrame) => boolean
  inherit: (cur: QuestionFrame, prev: QuestionFrame) => Partial<QuestionFrame>
}

/** A ranking, a list or a definition asks across the corpus: it inherits no organisation or year. */
const openScope = (cur: QuestionFrame) => cur.op === 'rank' || cur.op === 'list' || cur.op === 'define'

/** Organisations: "那基本支出呢？" keeps the organisation of the conversation. */
export const ORG_RULES: readonly FollowUpRule[] = [
  { name: 'same-org', when: (cur) => !cur.orgs.length && !openScope(cur), inherit: (_, prev) => ({ orgs: prev.orgs }) },
]

/** Years, first rule that applies. */
export const YEAR_RULES: readonly FollowUpRule[] = [
  {
    // "和2025年比呢？": the year named now is the baseline; the year of the conversation stays
    name: 'year-as-baseline',
    when: (cur, prev) => cur.years.length === 1 && cur.baseYear === undefined && prev.years.length > 0 && prev.years[0] !== cur.years[0] && /比|相比|对比|较/.test(cur.text) && !cur.concepts.length,
    inherit: (cur, prev) => ({ years: prev.years, baseYear: cur.years[0], op: 'change', opExplicit: true }),
  },
  {
    // "上一年呢？": the same subject, one year back from the year of the conversation; "那它上一年的收入预算是多少":
    // that year's subject named again (上年培训费, a prior-year line, stays the conversation's year)
    name: 'year-before',
    when: (cur, prev) => !cur.years.length && !!cur.priorRelative && (!cur.concepts.length || /上一?年度?的/u.test(cur.text)) && prev.years.length > 0 && !CHANGE_ASK.test(cur.text),
    inherit: (_, prev) => ({ years: [prev.years[0] - 1] }),
  },
  {
    name: 'same-year',
    when: (cur, prev) => !cur.years.length && !openScope(cur) && prev.years.length > 0,
    // (a year the turn before said as 今年 is still 今年: read as the unit's or department's latest, as it was then)
    inherit: (cur, prev) => ({ years: prev.years, baseYear: cur.baseYear ?? prev.baseYear, yearInherited: true, ...(prev.relativeYear !== undefined ? { relativeYear: prev.relativeYear } : {}) }),
  },
]

const onlyColumns = (cur: QuestionFrame) => cur.concepts.length > 0 && cur.concepts.every((c) => c.kind === 'column')

/** "那年末呢？" after 年初结转和结余: the one word of the subject said again, its counterpart (年初 ↔ 年末). */
const COUNTERPART = /^(?:那么?|还有)?(年初|年末)(?:的|数)?呢?[？?]?$/u
function counterpartSubject(cur: QuestionFrame, prev: QuestionFrame): QuestionFrame['concepts'] | undefined {
  const m = COUNTERPART.exec(cur.text.replace(/\s+/gu, ''))
  const c = m && prev.concepts.length === 1 ? prev.concepts[0] : undefined
  const other = m?.[1] === '年初' ? '年末' : '年初'
  if (!c || !c.name.includes(other)) return undefined
  return [{ ...c, name: c.name.replace(other, m![1]), surface: c.surface.replace(other, m![1]) }]
}

/** Subjects, first rule that applies. */
export const SUBJECT_RULES: readonly FollowUpRule[] = [
  {
    // rule counterpart-word: "那年末呢？" after "年初结转和结余多少": the subject with its word swapped (年末结转和结余)
    name: 'counterpart-word',
    when: (cur, prev) => !cur.concepts.length && !!counterpartSubject(cur, prev),
    inherit: (cur, prev) => ({ concepts: counterpartSubject(cur, prev)!, columns: prev.columns }),
  },
  {
    // "2024年呢？", "江北区的呢？": the same subject; "那决算比预算多了多少？": 预算 said only as a stage, a weak word
    // (the budget as a whole), after a subject named the turn before
    name: 'same-subject',
    when: (cur, prev) => !cur.concepts.length || (cur.concepts.every((c) => c.kind === 'weak') && prev.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'count' && c.kind !== 'column')),
    inherit: (cur, prev) => ({ concepts: prev.concepts, columns: cur.columns.length ? cur.columns : prev.columns, countNoun: cur.countNoun ?? prev.countNoun }),
  },
  {
    // "那基本支出呢？": the same subject, another column
    name: 'other-column',
    when: (cur, prev) => onlyColumns(cur) && prev.concepts.some((c) => c.kind !== 'column' && c.kind !== 'count') && !cur.opExplicit,
    inherit: (cur, prev) => ({ concepts: prev.concepts, columns: cur.concepts.map((c) => c.role!) }),
  },
  {
    // "占基本支出多少": the previous subject's share of the one named now
    name: 'share-of-named',
    when: (cur, prev) => cur.op === 'share' && cur.concepts.length === 1 && /^(?:那|那么)?占/.test(cur.text) && prev.concepts.some((c) => c.kind !== 'count'),
    inherit: (cur, prev) => ({ concepts: [prev.concepts.find((c) => c.kind !== 'count')!, cur.concepts[0]] }),
  },
  {
    // "水费呢？" after a difference or a share: the subject named now replaces the first operand
    name: 'replace-first-operand',
    when: (cur, prev) => NEEDS_TWO.has(prev.op) && !cur.opExplicit && cur.concepts.length === 1 && prev.concepts.length === 2,
    inherit: (cur, prev) => ({ concepts: [cur.concepts[0], prev.concepts[1]] }),
  },
]

const patchOf = (rules: readonly FollowUpRule[], cur: QuestionFrame, prev: QuestionFrame) => rules.find((r) => r.when(cur, prev))?.inherit(cur, prev)

/**
 * A follow-up inherits what the conversation already fixed: "那基本支出呢？" keeps organisation, year and subject
 * and changes the column; "江北区的呢？" changes the organisation; "2024年呢？" the year; "水费呢？" the subject.
 * Each group of rules reads only the two frames as given; their patches touch separate fields.
 */
export function inheritFrame(cur: QuestionFrame, prev: QuestionFrame | undefined): QuestionFrame {
  if (!prev) return cur
  const out: QuestionFrame = { ...cur, ...patchOf(ORG_RULES, cur, prev), ...patchOf(YEAR_RULES, cur, prev), ...patchOf(SUBJECT_RULES, cur, prev) }
  const whole = prev.concepts.find((c) => c.kind !== 'column' && c.kind !== 'count')
  if (whole && out.concepts.some((c) => c.parent === '')) out.concepts = out.concepts.map((c) => (c.parent === '' ? { ...c, parent: whole.name } : c))
  // (a follow-up naming its own subject and asking its amount, "那它上一年的收入预算是多少", asks that amount: the
  // conversation's change or share is not carried over)
  const ownAmount = cur.concepts.some((c) => c.kind !== 'column') && /(?:是|有|为)多少/u.test(cur.text)
  if (!out.opExplicit && !ownAmount) {
    out.op = prev.op
    out.order = prev.order
    out.direction ??= prev.direction
  }
  if (out.concepts !== cur.concepts || out.orgs !== cur.orgs) out.unknown = cur.concepts.length ? cur.unknown : undefined
  return out
}
