import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31: a zone named with its standing (某市国家高新区) is asked without it (某市高新区); bodies named together
 * (某市各民主党派) are asked without 各; a term asked what it is ("资金来源是什么") is answered by the clause that says so
 * (rule term-stated). Made-up names and figures.
 */

const ZONE = html('澜江国家高新区2025年财政拨款“三公”经费预算汇总说明', [
  '澜江国家高新区2025年财政拨款“三公”经费预算汇总说明',
  '发布日期:2025-03-11 09:20',
  '澜江国家高新区2025年财政拨款安排“三公”经费共计41.30万元,其中:公务接待费预算9.10万元,公务用车运行维护费预算32.20万元。',
  '2025年“三公”经费预算公开口径与上年度保持一致,一是公开范围为财政拨款预算;二是资金来源为本级资金和转移支付资金。',
])
const PARTIES = html('澜州市各民主党派2019年三公经费预算情况说明', [
  '澜州市各民主党派2019年三公经费预算情况说明',
  '2019年澜州市各民主党派财政拨款“三公”经费支出合计16.40万元。',
  '1、公务接待费7.20万元,与去年持平。',
])

describe('zones, joint bodies and terms', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'zone.html', bytes: new TextEncoder().encode(ZONE) },
    { name: 'parties.html', bytes: new TextEncoder().encode(PARTIES) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('derives the short forms', () => {
    expect(orgAliases('澜江国家高新区').map((a) => a.form)).toContain('澜江高新区')
    expect(orgAliases('某市国家级经济技术开发区').map((a) => a.form)).toEqual(expect.arrayContaining(['某市经济技术开发区', '某市经开区']))
    expect(orgAliases('澜州市各民主党派').map((a) => a.form)).toContain('澜州民主党派')
  })
  it('answers a zone asked without its standing', () => {
    expect(ask('澜江高新区2025年三公经费预算一共多少')).toContain('41.30万元')
    expect(ask('澜江高新区公务接待费预算多少')).toContain('9.10万元')
  })
  it('answers the joint bodies asked without 各', () => {
    const a = ask('澜州民主党派公务接待费多少钱')
    expect(a).toContain('7.20万元')
    expect(a).toContain('澜州市各民主党派')
  })
  it('answers what a term is from the clause that says it', () => {
    const a = ask('澜江国家高新区三公预算的资金来源是什么')
    expect(a).toContain('资金来源为本级资金和转移支付资金')
    expect(a).not.toContain('41.30')
  })
})
