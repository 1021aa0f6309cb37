import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 23 (rule target-actual): a self-evaluation prints each indicator's target and then its actual ("局部用氟500人,
 * 实际完成509人"). The actual asked is the actual, never the target; either way both are said. A made-up county.
 */
const REPORT = [
  '柳岸县2024年县级配套慢性病防治专项经费绩效自评报告',
  '作者:柳岸县卫生健康局 来源:柳岸县卫生健康局',
  '一、项目基本情况',
  '(一)绩效目标情况。用于慢性病防治培训、宣传和综合督导检查等。',
  '二、绩效目标完成情况分析',
  '1、数量指标:儿童窝沟封闭颗数1800颗,实际完成1850颗,局部用氟400人,实际完成412人;疟疾血检120人,实际完成125人。',
].join('\n')

describe('a target and its actual', async () => {
  const extra = await readSources([{ name: 'la-mbzx-2024.html', bytes: new TextEncoder().encode(REPORT) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('the actual asked is the actual, the target said beside it', () => {
    const r = engine.ask({ question: '柳岸县卫健局疟疾血检实际完成多少人' })
    expect(r.answer).toContain('实际完成125人')
    expect(r.answer).toContain('指标值120人')
    expect(r.answer.indexOf('125人')).toBeLessThan(r.answer.indexOf('120人'))
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph', text: '疟疾血检120人,实际完成125人' })
  })
})
