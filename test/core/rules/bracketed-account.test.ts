import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (rules bracketed-account, fund-side whole, change after a breakdown): a county's 财政决算 report states the
 * whole county's figures with its accounts in brackets after each ("收入合计96.40亿元(县本级70.15亿元,开发区26.25亿元)")
 * and the change after the bracket and a completion clause. The 县本级 asked is read at its own amount in the bracket and
 * said to be the 县本级's; 一般公共预算总收入 (asked so, or as 总收入) is its own line; the change is the figure's.
 * Made-up county and figures.
 */
const REPORT = [
  '关于2021年县本级财政决算的报告',
  '桐岭县财政局',
  '一、全县财政收支决算情况',
  '1、一般公共预算收入完成情况',
  '全县一般公共预算总收入完成112.30亿元(县本级85.10亿元,开发区27.20亿元),完成调整预算的101.20%,同比增收7.40亿元,增长7.05%。其中,全县一般公共预算收入完成66.80亿元(县本级50.20亿元,开发区16.60亿元),完成调整预算的100.90%,同比增收3.10亿元,增长4.87%。',
  '2、一般公共预算收支平衡情况',
  '全县一般公共预算收入完成66.80亿元;上级补助收入18.20亿元;调入资金0.40亿元;收入合计96.40亿元(县本级70.15亿元,开发区26.25亿元)。',
].join('\n')

describe('a county report with its accounts in brackets', async () => {
  const extra = await readSources([{ name: 'tongling-czj-2021-jsbg.txt', bytes: new TextEncoder().encode(REPORT) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('reads the 县本级 asked at its amount in the bracket, and says whose it is', () => {
    const r = engine.ask({ question: '桐岭县本级收入合计多少' })
    expect(r.answer).toContain('70.15亿元')
    expect(r.answer).toContain('县本级')
    expect(r.answer).not.toContain('96.40亿元')
    expect(engine.ask({ question: '桐岭县本级一般公共预算收入多少' }).answer).toContain('50.20亿元')
  })

  it('answers the fund’s 总收入 from its own line, asked whole or short', () => {
    for (const question of ['桐岭2021年一般公共预算总收入多少', '桐岭总收入多少']) expect(engine.ask({ question }).answer).toContain('112.30亿元')
  })

  it('reads the change printed after the bracket and the completion clause', () => {
    const r = engine.ask({ question: '桐岭一般公共预算总收入比上年增收多少' })
    expect(r.answer).toContain('7.40亿元')
    expect(r.answer).toContain('7.05%')
  })
})
