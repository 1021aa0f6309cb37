import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { PLAN_LIMITS, PlanBudgetExceeded, SEARCH_TOOL, startPlanBudget, TOO_MUCH_ANSWER } from '../../server/core/planner/plan-budget.js'
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

  it('spends full-text searches apart: the call that would search once too often throws, other tools still run', () => {
    const budget = startPlanBudget({ toolCalls: 10, searches: 2, cpuMs: 1e9 }, () => 0)
    const made = [SEARCH_TOOL, 'get-figure', SEARCH_TOOL].map((toolName) => ({ toolName, input: {}, ok: true }))
    expect(() => budget.spend(made, 'get-figure')).not.toThrow()
    expect(() => budget.spend(made, SEARCH_TOOL)).toThrow(/searches/)
    expect(() => budget.spend(made.slice(0, 2), SEARCH_TOOL)).not.toThrow()
  })

  it('an answer past its search budget says so, having searched no more than that', () => {
    const { corpus, indexJson } = loadData()
    // (two subjects set against each other: the difference's reading searches the prose for each)
    const question = '住房公积金比医疗保障政策管理减少了多少'
    const full = testEngine().ask({ question })
    expect(full.toolCalls.filter((c) => c.toolName === SEARCH_TOOL).length).toBeGreaterThan(1)
    const cut = createEngine(corpus, indexJson, { planLimits: { toolCalls: 100, searches: 1, cpuMs: 1e9 } }).ask({ question })
    expect(cut.answer).toBe(TOO_MUCH_ANSWER)
    expect(cut.citations).toEqual([])
    expect(cut.toolCalls.filter((c) => c.toolName === SEARCH_TOOL)).toHaveLength(1)
  })

  it('a question naming fifteen subjects of every organisation holds to the default budget and says it stopped', () => {
    const subjects = '行政运行、职工基本医疗保险缴费、福利费、办公费、印刷费、水费、电费、邮电费、物业管理费、差旅费、培训费、公务接待费、工会经费、住房公积金、医疗费补助'
    const r = testEngine().ask({ question: `各单位的${subjects}分别是多少？` })
    expect(r.toolCalls).toHaveLength(PLAN_LIMITS.toolCalls)
    expect(r.answer).toBe(TOO_MUCH_ANSWER)
    expect(r.citations).toEqual([])
  })

  it('the default leaves room above the evaluation sets (at most 22 tool calls and 8 searches a question, session 14)', () => {
    expect(PLAN_LIMITS.toolCalls).toBeGreaterThanOrEqual(30)
    expect(PLAN_LIMITS.searches).toBeGreaterThanOrEqual(12)
  })
})
