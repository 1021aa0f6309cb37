import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 31: a 决算's 三公 prose as written. "三公花了预算的百分之几" asks the completion the prose prints; a change
 * said after the year's budget as an aside ("公务接待费支出8,420.00元，年初预算12,000.00元，比2023年度10,300.00元
 * 减少1,880.00元") is the figure's own (rule budget-aside). Made-up names and figures.
 */
const TEXT = [
  '溪桥县溪口街道办事处2024年度部门决算',
  '第二部分 2024年度部门决算情况说明',
  '七、“三公”经费支出决算情况说明',
  '2024年度“三公”经费财政拨款支出年初预算为52,000.00元，决算为41,340.00元，完成预算的79.50%；比2023年度决算46,800.00元减少5,460.00元，下降11.67%。',
  '1．因公出国（境）费支出0.00元。',
  '2．公务接待费支出8,420.00元，年初预算12,000.00元，比2023年度10,300.00元减少1,880.00元，主要是简化接待安排。',
].join('\n')

describe('a 决算’s 三公 prose', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xiqiao-xikou-jdb-2024-bmjs.txt', bytes: new TextEncoder().encode(TEXT) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('answers the completion asked as 花了预算的百分之几', () => {
    expect(ask('溪口街道三公花了预算的百分之几')).toContain('79.50%')
  })
  it('reads a change said after the budget’s aside as the figure’s', () => {
    const a = ask('溪口街道接待费跟去年比少了多少')
    expect(a).toContain('1,880.00元')
    expect(a).not.toContain('没有2023年')
  })
})

/**
 * …and a budget's prose where the fund's words qualify another subject ("一般公共预算财政拨款“三公”经费预算7.60万元，
 * 比2024年…减少…"): that sentence explains the 三公, never the fund's income (rule qualifies-other).
 */
const BUDGET = [
  '溪桥县林业局2025年部门预算',
  '一、收入预算情况',
  '答：2025年收入预算652.30万元，其中：一般公共预算拨款收入640.30万元，占98.16%；事业收入12.00万元，为技术服务取得的收入；无政府性基金预算拨款收入，无上年结转。一般公共预算拨款收入比2024年增加31.40万元。',
  '二、“三公”经费预算情况',
  '一般公共预算财政拨款“三公”经费预算7.60万元，比2024年8.90万元减少1.30万元，下降14.61%。',
  '表1 部门收入总表',
  '单位：万元',
  '项目\t本年预算',
  '一般公共预算拨款收入\t640.30',
  '事业收入\t12.00',
  '收入总计\t652.30',
].join('\n')

describe('a fund’s words qualifying another subject', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xiqiao-lyj-2025-bmys.txt', bytes: new TextEncoder().encode(BUDGET) }])).corpus
  const engine = createEngine(corpus)
  it('reads the fund’s own change, never the 三公’s', () => {
    const a = engine.ask({ question: '溪桥县林业局一般公共预算拨款收入比2024年增加多少？' }).answer
    expect(a).toContain('31.40万元')
    expect(a).not.toMatch(/1\.30万元|7\.60万元/)
  })
})

