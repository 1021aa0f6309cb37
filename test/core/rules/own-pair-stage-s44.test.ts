import { describe, expect, it } from 'vitest'
import { withRelativeYear } from '../../../server/core/planner/rules/relative-year.js'
import type { QuestionFrame } from '../../../server/core/planner/question-frame.js'

// Session 44 (blind96's court budget): "上年预算数和本年预算数各是多少" read only the year before.
const frame = (text: string) => ({ text, years: [], op: 'lookup' } as unknown as QuestionFrame)
const today = new Date('2026-12-01T00:00:00Z')

describe('rule own-pair: the document\'s own year and the one before, each said with its column\'s stage', () => {
  it.each(['行政运行上年预算数和本年预算数各是多少', '行政运行本年预算数与上年预算数分别多少', '公务接待费本年决算数和上年决算数'])('%s reads both years', (q) => {
    expect(withRelativeYear(frame(q), today, () => 2025).years).toEqual([2025, 2024])
  })
  it('leaves a single 上年预算数 to the baseline reading', () => {
    expect(withRelativeYear(frame('行政运行上年预算数是多少'), today, () => 2025).years).toEqual([])
  })
})
