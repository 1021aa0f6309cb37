import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 26: a district's report on last year's execution and this year's draft, its paragraphs opening with a
 * numbered label sentence before the year ("1.一般公共预算收入情况。2023年区级…"): the figures of that paragraph are
 * the executed year's, asked by that year (rule executed-year). Made-up district and figures.
 */
const DOC = [
  '桐江区2023年预算执行情况和',
  '2024年预算草案的报告',
  '桐江区财政局',
  '2023年预算执行情况',
  '一、预算收支情况',
  '(一)一般公共预算',
  '1.一般公共预算收入情况。2023年区级一般公共预算收入预计完成29.1亿元,完成调整预算27.5亿元的105.8%。加上税收返还和转移支付等资金17.23亿元,上年结转3.45亿元,一般债券转贷收入7.75亿元,调入资金2.79亿元,2023年一般公共预算总收入60.32亿元。',
  '2.一般公共预算支出情况。2023年区级一般公共预算支出预计完成56.14亿元。主要支出项目:一般公共服务支出5.59亿元,国防支出252万元,教育支出12.27亿元。',
].join('\n')

describe('a report’s executed year under numbered label sentences', async () => {
  const extra = await readSources([{ name: 'tongjiang-2024-ys.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('answers the executed year’s figures from those paragraphs', () => {
    expect(ask('桐江区2023年上年结转和调入资金分别是多少')).toMatch(/3\.45亿元[\s\S]*2\.79亿元/)
    expect(ask('桐江区2023年国防支出多少钱')).toContain('252万元')
  })
})
