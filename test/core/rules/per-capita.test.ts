import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../../server/core/schema.js'
import { asksPerPerson, perPersonNotFound } from '../../../server/core/planner/rules/per-capita.js'

const doc = (org: string, text: string) => ({ org, year: 2025, paragraphs: [{ text }], tables: [] }) as unknown as BudgetDocument

describe('rule per-person: a per-person figure asked of documents that print none', () => {
  it.each([
    ['某区某局2025年给每名工作人员的人均培训费标准是多少？', true],
    ['某局每人每年的公用经费是多少', true],
    ['某局2025年培训费是多少？', false],
    ['某局人员经费多少', false],
  ])('%s asks per person: %s', (q, want) => expect(asksPerPerson(q)).toBe(want))

  it('is not found, never the total, when no document prints a per-person figure', () => {
    const a = perPersonNotFound('某局给每名工作人员的人均培训费标准是多少？', [{ doc: doc('某局', '培训费3.00万元。'), year: 2025 }])
    expect(a).toMatch(/^没有找到按人计算的培训费：/)
    expect(a).not.toMatch(/\d+(?:\.\d+)?万?元/)
  })

  it('leaves the question to the tables and prose when the document prints a per-person figure', () => {
    expect(perPersonNotFound('单双解人员人均享受标准是多少？', [{ doc: doc('某局', '单双解人员人均享受标准180元。'), year: 2025 }])).toBeUndefined()
  })
})
