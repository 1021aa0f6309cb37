import { describe, expect, it } from 'vitest'
import { PlanBudgetExceeded, startPlanBudget } from '../../server/core/planner/plan-budget.js'

/**
 * Session 33: the planner's CPU backstop read from the process's clock counts other threads' work (the collector's
 * marking, background compilation), which cut legitimate questions short under load ("too much work" for a question
 * that costs a few ms alone). Past the budget by the process's clock, the calling thread's own clock decides.
 */
describe('the plan budget’s CPU backstop', () => {
  const limits = { toolCalls: 32, searches: 16, cpuMs: 250 }
  const clocks = (proc: number[], own: number[]) => {
    let p = 0
    let o = 0
    return { proc: () => proc[Math.min(p++, proc.length - 1)], own: () => own[Math.min(o++, own.length - 1)] }
  }
  it('keeps going when other threads spent the time', () => {
    const c = clocks([0, 400], [0, 12])
    const b = startPlanBudget(limits, c.proc, c.own)
    b.spend([], 'get-figure')
    expect(() => b.spend([], 'get-figure')).not.toThrow()
  })
  it('stops when the calling thread itself spent it', () => {
    const c = clocks([0, 400], [0, 300])
    const b = startPlanBudget(limits, c.proc, c.own)
    b.spend([], 'get-figure')
    expect(() => b.spend([], 'get-figure')).toThrow(PlanBudgetExceeded)
  })
  it('stops by the process’s clock where the platform gives no thread clock', () => {
    const c = clocks([0, 400], [])
    const b = startPlanBudget(limits, c.proc, undefined)
    b.spend([], 'get-figure')
    expect(() => b.spend([], 'get-figure')).toThrow(PlanBudgetExceeded)
  })
})
