import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up district's 财政预算调整方案: each line an adjustment, its verb before its subject and its reason after. */
const PLAN = [
  '2024年桐溪区财政预算调整方案',
  '发文机关:桐溪区财政局',
  '(一)一般公共预算调整方案',
  '1.收入调整方案',
  '调增上级补助收入3.12亿元,调增的原因:市级增加均衡性转移支付补助3.12亿元。',
  '调减调入资金0.27亿元,调减的原因:政府性基金可调入一般公共预算的收入减少0.27亿元。',
  '2.支出调整方案',
  '调增一般公共预算支出2.85亿元,其中:其他刚性支出调增0.36亿元;调增城乡建设重点项目支出2.49亿元,调增的原因:用于保障城乡建设重点项目支出需求。',
  '3.一般公共预算收支平衡情况',
  '调整后,2024年一般公共预算总收入预计10.50亿元,其中:一般公共预算收入6.30亿元,上级转移支付补助收入4.20亿元。',
  '一般公共预算总支出预计10.50亿元,其中:一般公共预算支出8.40亿元,上解上级支出2.10亿元。',
  '(二)政府性基金预算调整方案',
  '调增政府性基金支出0.27亿元,调增的原因:用于保障政府性基金重点项目支出。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'tongxi-2024-ystz.txt', bytes: new TextEncoder().encode(PLAN) }])).ask({ question })

describe('a budget adjustment plan: the subject after its verb (调增/调减), its reason in its sentence', () => {
  it('reads the subject after 调减 and quotes the sentence that says the direction', () => {
    const res = ask('桐溪区调入资金是调增还是调减？变了多少？')
    expect(res.answer).toContain('0.27亿元')
    expect(res.answer).toContain('调减')
  })

  it('answers why from the sentence that states the subject and its reason', () => {
    const res = ask('桐溪区调入资金为啥调减？')
    expect(res.answer).toContain('可调入一般公共预算的收入减少')
  })

  it('a bare head is never read inside another subject’s name (其他刚性支出调增 is not 政府性基金支出调增)', () => {
    const res = ask('桐溪区政府性基金支出调增了多少？')
    expect(res.answer).toContain('0.27亿元')
    expect(res.answer).not.toContain('0.36')
  })

  it('an item named with a column’s word (城乡建设重点项目支出) is the item, and no 项目支出 the plan lacks is found missing', () => {
    const res = ask('桐溪区城乡建设重点项目支出调增了多少，用来干什么？')
    expect(res.answer).toContain('2.49亿元')
    expect(res.answer).toContain('重点项目支出需求')
    expect(res.answer).not.toContain('不一致')
  })
})

describe('a plan’s balance after the adjustment', () => {
  it('reads the parts the question names inside the whole it names (调整后的总收入里…各是多少)', () => {
    const res = ask('桐溪区调整后的总收入里，一般公共预算收入和上级转移支付补助收入各是多少？')
    expect(res.answer).toContain('6.30亿元')
    expect(res.answer).toContain('4.20亿元')
  })

  it('never states a share over 100%: a part read larger than its whole is no answer', () => {
    const res = ask('桐溪区调整后一般公共预算支出占一般公共预算总支出的比重是多少？')
    expect(res.answer).not.toMatch(/\d{3,}(?:\.\d+)?%/)
  })
})
