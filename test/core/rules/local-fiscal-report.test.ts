import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (地方财政 titles, rules plan-in-completion and a stated change of the executed year): a county's report
 * "关于某县2023年地方财政预算执行情况和2024年地方财政预算草案的报告" is the county's 2024 财政预算. Its 2023 execution is
 * stated as "累计完成…收入48210万元,完成年初预算50000万元的96.42%,同比减610万元,减幅1.25%": the amount, the year's plan
 * (read from the completion clause), the completion rate and the stated change, each of 2023. Made-up county and figures.
 */
const REPORT = [
  '关于桐岭县2023年地方财政预算执行情况和2024年地方财政预算草案的报告',
  '——2024年2月6日在桐岭县第十届人民代表大会第三次会议上',
  '桐岭县财政局',
  '各位代表:',
  '一、2023年地方财政预算执行情况',
  '(一)2023年预算收支完成情况',
  '1.地方一般公共预算',
  '自然口径,全县累计完成地方一般公共预算收入48210万元,完成年初预算50000万元的96.42%,同比减610万元,减幅1.25%。',
].join('\n')

describe('a county’s 地方财政 report, its executed year', async () => {
  const extra = await readSources([{ name: 'tongling-czj-2024-yszx.txt', bytes: new TextEncoder().encode(REPORT) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('is the county’s 财政预算 of the draft year', () => {
    expect(corpus.documents[0]).toMatchObject({ org: '桐岭县', year: 2024, scope: '财政预算' })
  })

  it('answers the executed year’s amount, plan, completion and change', () => {
    expect(engine.ask({ question: '桐岭县2023年地方一般公共预算收入完成多少' }).answer).toContain('48210万元')
    const plan = engine.ask({ question: '桐岭23年地方一般公共预算收入年初预算是多少' }).answer
    expect(plan).toContain('50000万元')
    expect(plan).toMatch(/年初预算为50000万元/u)
    expect(engine.ask({ question: '桐岭县23年地方一般公共预算收入完成了年初预算的百分之多少' }).answer).toContain('96.42%')
    const change = engine.ask({ question: '桐岭县2023年地方一般公共预算收入同比变化多少' }).answer
    expect(change).toContain('减少610万元')
    expect(change).toContain('1.25%')
  })
})
