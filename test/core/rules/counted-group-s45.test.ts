import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind99's news item on 辽宁's 100 counties and districts): a report going through groups of its places,
// "在41个县收支完成情况上…", "在59个区…"; asked the 59个区's 一般公共预算支出 it gave the whole's 634.5亿元, and the 41个县's
// share of tax a computed 18.88% (their tax over the whole's revenue) where the report prints 63%. Made-up figures.
const PAGE = [
  '关于青禾市2021年1-3月预算执行情况的报告',
  '2021年1-3月，全市60个县区(含20个县和县级市、40个区，下同)一般公共预算收入完成403.7亿元，增长20.6%。一般公共预算支出完成534.5亿元，同比增加107.8亿元，增长20.5%。',
  '在20个县收支完成情况上，一般公共预算收入完成131亿元，同比增加21亿元，增长16.2%。其中：税收收入完成85.1亿元，增长19.9%，占一般公共预算收入的65%；非税收入完成45.9亿元，增长10.4%，占一般公共预算收入的35%。',
  '一般公共预算支出完成206.5亿元，同比增加32.6亿元，增长11.9%。',
  '在40个区收支完成情况上，一般公共预算收入完成272.7亿元，同比增加64.8亿元，增长22.5%。其中：税收收入完成229.5亿元，增长15%；非税收入完成43.2亿元，增长93.7%。',
  '一般公共预算支出完成328亿元，同比增加75.2亿元，增长29.8%。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-xianqu-2021q1.txt', bytes: new TextEncoder().encode(PAGE) }])).ask({ question })

describe('rule counted-group', () => {
  it('reads a group\'s figure in its own stretch, never the whole\'s', () => {
    const r = ask('青禾市40个区一季度一般公共预算支出是多少？').answer
    expect(r).toContain('328亿元')
    expect(r).not.toContain('534.5')
  })
  it('reads the group\'s change with it', () => {
    expect(ask('青禾市40个区非税收入涨了百分之多少').answer).toContain('93.7%')
  })
  it('gives the share the group\'s stretch prints', () => {
    const r = ask('青禾市20个县税收占一般公共预算收入比重是多少？').answer
    expect(r).toContain('65%')
  })
  it('says when the group\'s stretch states no such figure', () => {
    const r = ask('青禾市40个区民生支出完成多少')
    expect(r.answer).not.toMatch(/\d+(?:\.\d+)?亿元/)
  })
})
