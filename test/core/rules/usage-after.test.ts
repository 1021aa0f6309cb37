import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up 三公 budget page whose use of a figure is stated in the sentences after it, as many pages print it. */
const doc = [
  '青禾县商务局2025年部门预算情况说明', '',
  '一、收支预算总体情况',
  '2025年“三公”经费预算11.00万元，与2024年预算持平。',
  '因公出国(境)费预算8.00万元，与2024年预算持平。该项经费预算根据批准的因公临时出国(境)计划，按照规定标准安排；主要是用于组织赴外开展农产品展销洽谈。',
  '公务接待费预算3.00万元，比2024年预算减少1.00万元。接待工作将严格执行标准。',
  '2025年收入预算合计520.00万元，其中：财政拨款收入505.00万元，占97.12%；其他收入15.00万元，占2.88%，主要为展会场地租赁收入。',
].join('\n')
const enc = (s: string) => new TextEncoder().encode(s)
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-shangwu-2025-budget.txt', bytes: enc(doc) }])).ask({ question })

describe('what a figure is for, stated in the sentences after it (该项经费…；主要是用于…)', () => {
  it.each(['青禾县商务局因公出国(境)费预算主要用来做什么？', '青禾县商务局2025年因公出国费用途是什么'])('%s', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('8.00万元')
    expect(r.answer).toContain('农产品展销洽谈')
  })

  it('a sentence that no longer speaks of the figure lends it no use', () => {
    const r = ask('青禾县商务局公务接待费主要用来做什么？')
    expect(r.answer).toContain('3.00万元')
    expect(r.answer).not.toContain('农产品展销洽谈')
    expect(r.answer).toMatch(/没有说明/)
  })
})

describe('what an income is, in brackets after its figure (其他收入9.20万元（为闲置门面出租收入）)', () => {
  it('quotes the bracketed words with the figure', () => {
    const text = ['青禾县白石镇2024年度部门决算', '二、收入决算情况。本年收入合计300.00万元，其中财政拨款收入290.80万元，其他收入9.20万元（为闲置门面出租收入）。'].join('\n')
    const r = engineWith([{ name: 'baishi-income.txt', bytes: enc(text) }]).ask({ question: '白石镇2024年其他收入是什么钱？' })
    expect(r.answer).toContain('9.20万元')
    expect(r.answer).toContain('闲置门面出租收入')
  })
})

describe('what an income is, stated beside its figure (其他收入…，主要为…收入)', () => {
  it.each(['青禾县商务局的“其他收入”主要是什么？', '青禾县商务局2025年其他收入主要有哪些'])('%s', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('15.00万元')
    expect(r.answer).toContain('展会场地租赁收入')
  })
})
