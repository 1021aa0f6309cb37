import { describe, expect, it } from 'vitest'
import { stageNotHeld } from '../../../server/core/planner/rules/stage-asked.js'
import type { BudgetDocument } from '../../../server/core/schema.js'
import { seedEngine } from '../seed-engine.js'

const doc = (scope: BudgetDocument['scope']) => ({ org: '某区某局', year: 2025, scope }) as unknown as BudgetDocument

describe('rule stage-asked: a 决算 asked of documents that are all 预算', () => {
  it.each([
    ['某局2025年的部门决算支出总额是多少？', '部门预算', true],
    ['某局2025年决算支出多少', '单位预算', true],
    ['某局2025年决算支出多少', '部门决算', false],
    ['某局2025年上年决算数是多少', '部门预算', false],
    ['某局2025年支出预算多少', '部门预算', false],
    // the plan's own year asked for its 决算数: a budget prints no 决算 of its own year
    ['某局2025年三公经费实际花了多少（决算数）？', '三公经费预算', true],
  ] as const)('%s of a %s: not found %s', (q, scope, notFound) => {
    expect(!!stageNotHeld(q, [{ doc: doc(scope), year: 2025 }])).toBe(notFound)
  })

  it('a 决算数 of a year before the budget’s is its prior-year column: not refused', () => {
    expect(stageNotHeld('某局2024年决算数是多少', [{ doc: doc('部门预算'), year: 2024 }])).toBeUndefined()
  })

  it('answers with what is held and no figure, where the plan was answered before', () => {
    const res = seedEngine().ask({ question: '南岸区医保局2024年的部门决算支出总额是多少？' })
    expect(res.answer).toMatch(/^没有找到所问的决算：收录的是重庆市南岸区医疗保障局2024年部门预算/)
    expect(res.answer).not.toMatch(/\d[\d,.]*\s*万?元/)
    expect(seedEngine().ask({ question: '南岸区医保局2024年的支出预算总额是多少？' }).answer).toMatch(/万元/)
  })
})
