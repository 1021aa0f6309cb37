import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 32: a county's 决算 report, asked the way its readers ask. Made-up county and figures.
 * - "…上级补助收入多少？完成预算多少": the second ask is the first's subject's completion (rule stage-ask).
 * - "收支为什么下降": a two-character subject's reason, read where the prose gives it (rule unheld-subject).
 * - "…的目标是多少人": people, never a count of 个 ("项目4个").
 * - "通道县…什么时候审议通过的": the place said short is no word of the event's sentence (rule event-dated).
 */
const REPORT = html('云岭侗族自治县2023年政府决算公开', [
  '云岭侗族自治县2023年政府决算公开',
  '——2023年财政总决算于2024年7月26日县十六届人大常委会第十九次会议审议通过',
  '一、2023年决算总体情况',
  '1.转移性收入决算情况。2023年,全县一般公共预算转移性收入286410万元,完成预算的112.40%。',
  '(1)上级补助收入241230万元,完成预算的128.65%。其中:返还性收入3120万元,完成预算的100%。',
  '2.收支情况。全县一般公共预算收支比上年下降6.2%。收支下降的主要原因:一是受房地产市场持续低迷影响,土地相关税收大幅减收;二是上级转移支付减少。',
  '3.绩效管理。2023年本县实行绩效目标管理的项目4个,涉及资金573.14万元。',
])

describe('a county’s report asked as its readers ask', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'yunling-2023-juesuan.html', bytes: new TextEncoder().encode(REPORT) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a later ask of a stage alone as the first subject’s', () => {
    const a = ask('云岭县上级补助收入多少？完成预算多少')
    expect(a).toContain('241230万元')
    // (said, not only inside a quote of the sentence)
    expect(a.replace(/原文：[^。]*。/gu, '')).toContain('128.65%')
  })
  it('gives a two-character subject’s reason', () => {
    const a = ask('云岭县收支为什么下降')
    expect(a).toContain('房地产市场持续低迷')
  })
  it('never answers people asked with a count of things', () => {
    const a = ask('云岭县基本公共卫生服务项目对65岁以上老人健康管理的目标是多少人')
    expect(a).not.toMatch(/4个|：4/)
  })
  it('dates an event asked of a place said short', () => {
    const a = ask('云岭县2023年决算什么时候审议通过的')
    expect(a).toContain('2024年7月26日')
    expect(a).toContain('第十九次会议')
  })
})
