import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up centre's budget: its income total, then a part whose share of it and whose change follow in one sentence. */
const PAGE = [
  '梅岭县疾病预防控制中心2025年单位预算',
  '一、收支预算总体情况',
  '本年收入合计880.00万元，其中：一般公共预算拨款收入800.00万元，占本年收入合计的90.91%，比上年增加40.00万元，增长5.26%。',
  '本年支出合计880.00万元，比上年减少12.00万元，下降1.35%。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'meiling-cdc-2025-ys.txt', bytes: new TextEncoder().encode(PAGE) }])).ask({ question })

describe('the whole a share is of is no mention of the subject (占本年收入合计的…)', () => {
  it('never gives the part’s change as the total’s', () => {
    const res = ask('梅岭县疾控中心2025年本年收入合计比上年增加多少？')
    expect(res.answer).not.toContain('40.00万元')
  })
  it('reads a total from its year-flow words (本年支出合计) and its own change', () => {
    const res = ask('梅岭县疾控中心2025年一共支出了多少？')
    expect(res.answer).toContain('880.00万元')
    expect(ask('梅岭县疾控中心2025年支出比上年是增是减？').answer).toContain('12.00万元')
  })
})
