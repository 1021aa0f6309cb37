import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31, after the held-out sets were scored: whose page, as two more real forms name it. A report on a place's
 * draft accounts titled year first ("2023年某县决算(草案)的报告") is the place's 财政决算; the bodies issuing a plan for a
 * year's funds ("某市财政局 某市某中心关于2021年…补助资金安排使用方案的公示") name the page by the first of them (rule
 * department-fund-notice). Made-up places and figures.
 */

const REPORT = html('2023年溪桥县决算(草案)的报告', [
  '2023年溪桥县决算(草案)的报告',
  '2024年9月20日溪桥县第十八届人民代表大会常务委员会第十二次会议通过',
  '(一)一般公共预算收支决算情况',
  '2023年,全县一般公共预算收入完成52340万元,为调整预算的101.2%。',
])
const PLAN = html('澜州市财政局 澜州市乡村振兴服务中心关于2022年省级财政衔接推进乡村振兴补助资金安排使用方案的公示', [
  '澜州市财政局 澜州市乡村振兴服务中心关于2022年省级财政衔接推进乡村振兴补助资金安排使用方案的公示',
  '根据有关文件精神,省级财政下达我市2022年衔接资金2860万元,现将安排使用方案公示如下:',
  '一、安排产业园区改造提升资金800万元。',
])

describe('pages naming their organisation in their titles’ own ways', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'report.html', bytes: new TextEncoder().encode(REPORT) },
    { name: 'plan.html', bytes: new TextEncoder().encode(PLAN) },
  ])).corpus
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)
  const engine = createEngine(corpus)

  it('reads a year-first report on a place’s draft accounts as the place’s 财政决算', () => {
    expect(doc('report')).toMatchObject({ year: 2023, scope: '财政决算' })
    expect(doc('report')?.org).toContain('溪桥县')
  })
  it('names a fund plan’s page by its first issuer', () => {
    expect(doc('plan')).toMatchObject({ org: '澜州市财政局', year: 2022 })
    expect(engine.ask({ question: '澜州市2022年产业园区改造提升资金安排了多少' }).answer).toContain('800万元')
  })
})
