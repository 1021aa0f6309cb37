import { describe, expect, it } from 'vitest'
import { inheritFrame, ORG_RULES, SUBJECT_RULES, YEAR_RULES, type FollowUpRule } from '../../../server/core/planner/follow-up.js'
import type { ConceptHit, QuestionFrame } from '../../../server/core/planner/question-frame.js'

const hit = (name: string, kind: ConceptHit['kind'] = 'row', extra: Partial<ConceptHit> = {}): ConceptHit => ({ name, kind, start: 0, end: 1, surface: name, ...extra })
const frame = (f: Partial<QuestionFrame>): QuestionFrame => ({
  text: '', orgs: [], years: [], concepts: [], columns: [], injected: false, op: 'lookup', opExplicit: false, order: 'desc', english: false, ...f,
})
const org = (name: string) => ({ org: name }) as unknown as QuestionFrame['orgs'][number]

/** The previous turn of every case: one organisation, one year, one subject (a made-up forestry bureau). */
const PREV = frame({ text: '某县林业局2025年会议费是多少', orgs: [org('某县林业局')], years: [2025], concepts: [hit('会议费')] })
const PAIR = frame({ ...PREV, op: 'difference', opExplicit: true, concepts: [hit('会议费'), hit('培训费')] })

type Case = { cur: Partial<QuestionFrame>; prev?: QuestionFrame }
const firstOf = (rules: readonly FollowUpRule[], c: Case) => rules.find((r) => r.when(frame(c.cur), c.prev ?? PREV))?.name

const CASES: Record<string, { rules: readonly FollowUpRule[]; pick: Case[]; not: Case[] }> = {
  'same-org': {
    rules: ORG_RULES,
    pick: [{ cur: { text: '培训费呢', concepts: [hit('培训费')] } }],
    not: [{ cur: { text: '某县水务局的呢', orgs: [org('某县水务局')] } }, { cur: { text: '哪个单位会议费最高', op: 'rank', opExplicit: true } }],
  },
  'year-as-baseline': {
    rules: YEAR_RULES,
    pick: [{ cur: { text: '和2023年比呢', years: [2023] } }],
    not: [{ cur: { text: '2023年呢', years: [2023] } }, { cur: { text: '和2023年的培训费比呢', years: [2023], concepts: [hit('培训费')] } }],
  },
  'year-before': {
    rules: YEAR_RULES,
    pick: [{ cur: { text: '上一年呢', priorRelative: true } }],
    not: [{ cur: { text: '比上年增加多少', priorRelative: true } }, { cur: { text: '上年培训费呢', priorRelative: true, concepts: [hit('培训费')] } }],
  },
  'same-year': {
    rules: YEAR_RULES,
    pick: [{ cur: { text: '培训费呢', concepts: [hit('培训费')] } }],
    not: [{ cur: { text: '2024年呢', years: [2024] } }, { cur: { text: '有哪些单位', op: 'list', opExplicit: true } }],
  },
  'counterpart-word': {
    rules: SUBJECT_RULES,
    pick: [{ cur: { text: '那年末呢？' }, prev: frame({ ...PREV, concepts: [hit('年初结转和结余')] }) }],
    not: [{ cur: { text: '那年末呢？' } }, { cur: { text: '2024年呢', years: [2024] }, prev: frame({ ...PREV, concepts: [hit('年初结转和结余')] }) }],
  },
  'same-subject': {
    rules: SUBJECT_RULES,
    pick: [{ cur: { text: '2024年呢', years: [2024] } }],
    not: [{ cur: { text: '培训费呢', concepts: [hit('培训费')] } }],
  },
  'other-column': {
    rules: SUBJECT_RULES,
    pick: [{ cur: { text: '那基本支出呢', concepts: [hit('基本支出', 'column', { role: 'basic' })] } }],
    not: [{ cur: { text: '基本支出占多少', op: 'share', opExplicit: true, concepts: [hit('基本支出', 'column', { role: 'basic' })] } }],
  },
  'share-of-named': {
    rules: SUBJECT_RULES,
    pick: [{ cur: { text: '占公用经费多少', op: 'share', opExplicit: true, concepts: [hit('公用经费')] } }],
    not: [{ cur: { text: '公用经费占多少', op: 'share', opExplicit: true, concepts: [hit('公用经费')] } }],
  },
  'replace-first-operand': {
    rules: SUBJECT_RULES,
    pick: [{ cur: { text: '差旅费呢', concepts: [hit('差旅费')] }, prev: PAIR }],
    not: [{ cur: { text: '差旅费呢', concepts: [hit('差旅费')] } }, { cur: { text: '差旅费是多少', opExplicit: true, concepts: [hit('差旅费')] }, prev: PAIR }],
  },
}

describe('follow-up rules', () => {
  it('every rule has its own cases', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ORG_RULES, ...YEAR_RULES, ...SUBJECT_RULES].map((r) => r.name).sort())
  })

  describe.each(Object.entries(CASES))('%s', (name, { rules, pick, not }) => {
    it.each(pick)('applies to $cur.text', (c) => expect(firstOf(rules, c)).toBe(name))
    it.each(not)('does not apply to $cur.text', (c) => expect(firstOf(rules, c)).not.toBe(name))
  })

  it('keeps organisation, year and subject, and changes only the column asked', () => {
    const out = inheritFrame(frame({ text: '那基本支出呢', concepts: [hit('基本支出', 'column', { role: 'basic' })] }), PREV)
    expect(out).toMatchObject({ orgs: PREV.orgs, years: [2025], yearInherited: true, concepts: PREV.concepts, columns: ['basic'], op: 'lookup' })
  })

  it('reads a year named with 比 as the baseline of a change from the year of the conversation', () => {
    expect(inheritFrame(frame({ text: '和2023年比呢', years: [2023] }), PREV)).toMatchObject({ years: [2025], baseYear: 2023, op: 'change', concepts: PREV.concepts })
  })

  it('with no earlier turn, the frame is the question alone', () => {
    const cur = frame({ text: '培训费呢', concepts: [hit('培训费')] })
    expect(inheritFrame(cur, undefined)).toBe(cur)
  })
})
