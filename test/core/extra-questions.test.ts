import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readEvalItems, runEval, summarize } from '../../server/cli/run-eval.js'
import { DOC, seedEngine } from './seed-engine.js'

const EXTRA = fileURLToPath(new URL('./extra-questions.jsonl', import.meta.url))
const ask = (question: string, org?: string) => seedEngine().ask({ question, org })

describe('planner on questions written apart from the eval set', () => {
  it('answers test/core/extra-questions.jsonl at 95% or better, scored like ask_eval.py', () => {
    const outcomes = runEval(seedEngine(), readEvalItems(EXTRA))
    const failed = outcomes.filter((o) => o.why.length).map((o) => `${o.item.id} ${o.item.q}: ${o.why.join('; ')}`)
    expect(summarize(outcomes).pct, failed.join('\n')).toBeGreaterThanOrEqual(95)
  })
})

describe('planner rules', () => {
  it('reads a level marker as that row of the classification, not a project target', () => {
    const res = ask('南岸区医保局2024年医疗救助（款）预算总共多少？')
    expect(res.answer).toContain('3,136.80万元')
    expect(res.citations.some((c) => c.docId === DOC.nanan && c.code === '21013')).toBe(true)
    expect(res.toolCalls.map((c) => c.toolName)).not.toContain('performance-targets')
  })

  it('counts the noun the question counts, picked by its qualifier', () => {
    expect(ask('渝北区医保局2025年实行绩效目标管理的项目有几个？').answer).toMatch(/19个/)
    expect(ask('渝北区医保局2025年纳入一般绩效评价的项目有几个？').answer).toMatch(/18个/)
  })

  it('reads a part after 其中 where the prose writes it under its whole', () => {
    const res = ask('南岸区医保局2024年政府采购预算总额多少？其中服务类多少？')
    expect(res.answer).toContain('60.70万元')
    expect(res.answer).toContain('56.00万元')
    expect(res.citations.every((c) => c.docId === DOC.nanan)).toBe(true)
  })

  it('defines a term found only inside another term’s definition', () => {
    expect(ask('公务用车运行维护费都包括哪些支出？').answer).toContain('燃料费')
    expect(ask('公杂费是什么意思').answer).toMatch(/没有单独解释.*因公出国/)
  })

  it('never states a figure for something not held, and names what is there', () => {
    const res = ask('渝北区医保局2025年购房补贴多少')
    expect(res.answer).toMatch(/没有找到/)
    expect(res.answer).not.toMatch(/\d\s*(?:万元|元)/)
  })

  it('uses the org scope and says the year answered, without a 未指定年份 note when the scope holds one year', () => {
    const res = ask('电费多少？', '重庆市綦江区医疗保障事务中心')
    expect(res.answer).toContain('7.00万元')
    expect(res.answer).toContain('2023年')
    expect(res.answer).not.toContain('未指定年份')
  })
})
