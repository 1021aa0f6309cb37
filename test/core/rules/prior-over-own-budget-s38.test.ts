import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind85's 三公 决算 page): a sentence comparing its figure first with the year's own budget,
 * then with last year ("比预算增加0万元,比去年增加1.55万元,增长39.4%"): a change asked is last year's (rule
 * prior-over-own-budget). Made-up unit and figures.
 */
const FINAL = [
  '青岚市农产品检测中心2020年度单位决算',
  '2020年度一般公共预算财政拨款安排的“三公”经费支出决算总额为5.48万元,比预算增加0万元,比去年增加1.55万元,增长39.4%,增加原因主要是公务用车运行支出增加。',
].join('\n')

describe('rule prior-over-own-budget', () => {
  it('answers the change against last year', () => {
    const a = engineWith([{ name: 'qinglan-jczx-2020-dwjs.txt', bytes: enc(FINAL) }]).ask({ question: '青岚市农产品检测中心2020年三公经费比去年增长多少%？' }).answer
    expect(a).toContain('39.4%')
    expect(a).toContain('1.55万元')
  })
})
