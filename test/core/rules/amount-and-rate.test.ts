import { describe, expect, it } from 'vitest'
import { asksAmountAndRate } from '../../../server/core/planner/rules/amount-and-rate.js'
import { engineWith } from '../seed-engine.js'

describe('rule amount-and-rate: the ask', () => {
  it.each(['比上年多收了多少？增长几成？', '增加了多少，增幅多少？', '减少了多少？下降百分之几？'])('%s asks both', (q) => expect(asksAmountAndRate(q)).toBe(true))
  it.each(['增加了多少？', '增幅多少？', '增长了多少%'])('%s asks one', (q) => expect(asksAmountAndRate(q)).toBe(false))
})

// a county's 执行情况表 printing two years' 完成数 side by side
const doc = [
  '关于青禾县2023年财政预算执行情况和2024年财政预算(草案)相关表格', '',
  '2023年青禾县一般公共预算收入执行情况表', '单位:万元',
  '项目\t2022年完成数\t2023年完成数',
  '合计\t10,400\t11,250',
  '契税\t1,250\t1,500',
  '其他收入\t9,150\t9,750',
].join('\n')

describe('rule amount-and-rate: both measures of one change', () => {
  const engine = engineWith([{ name: 'qinghe-2023-fiscal.txt', bytes: new TextEncoder().encode(doc) }])
  it.each(['青禾县契税2023年比2022年多收了多少？增长几成？', '青禾县契税23年比22年增加了多少，增幅多少？'])('%s', (q) => {
    const r = engine.ask({ question: q })
    expect(r.answer).toMatch(/250(?:\.00)?万元/)
    expect(r.answer).toContain('20.00%')
  })
})
