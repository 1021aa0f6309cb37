import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { PLAN_LIMITS, PlanBudgetExceeded, startPlanBudget, TOO_MUCH_ANSWER } from '../../server/core/planner/plan-budget.js'
import { loadData, testEngine } from '../server/helpers.js'

describe('the planner’s budget per answer', () => {
  it('spends calls, then throws; the clock starts at the first tool call', () => {
    let now = 1000
    const budget = startPlanBudget({ toolCalls: 3, cpuMs: 10 }, () => now)
    const calls = (n: number) => Array.from({ length: n }, () => ({ toolName: 'get-figure', input: {}, ok: true }))
    now = 5000 // reading the question took long: not counted
    expect(() => budget.spend(calls(0))).not.toThrow()
    now += 10
    expect(() => budget.spend(calls(1))).not.toThrow()
    now += 1
    expect(() => budget.spend(calls(2))).toThrow(PlanBudgetExceeded)
    expect(() => startPlanBudget({ toolCalls: 3, cpuMs: 1e9 }, () => 0).spend(calls(3))).toThrow(/toolCalls/)
  })

  it('an answer past its budget says so, with no figure and no citation', () => {
    const { corpus, indexJson } = loadData()
    const tight = createEngine(corpus, indexJson, { planLimits: { toolCalls: 2, cpuMs: 1e9 } })
    const question = '各单位的行政运行、职工基本医疗保险缴费和福利费分别是多少？'
    const full = testEngine().ask({ question })
    expect(full.toolCalls.length).toBeGreaterThan(2)
    const cut = tight.ask({ question })
    expect(cut.answer).toBe(TOO_MUCH_ANSWER)
    expect(cut.answer).not.toMatch(/\d/)
    expect(cut.citations).toEqual([])
    expect(cut.toolCalls).toHaveLength(2)
  })

  it('the default leaves room above the evaluation sets (at most 34 tool calls a question)', () => {
    expect(PLAN_LIMITS.toolCalls).toBeGreaterThanOrEqual(40)
  })
})
