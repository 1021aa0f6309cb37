import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 23: a follow-up that names its own subject and asks its amount one year back ("那它上一年的收入预算是多少")
 * asks that year's amount, not the conversation's change again; and a part named inside its container ("…情况里公务用车
 * 运行费为啥涨了") is asked about itself (rule part-in-container). Made-up units.
 */
const CENTRE = [
  '青岚市综合服务保障中心2026年部门预算',
  '一、部门预算收支增减变化情况',
  '本部门收入预算2,400.00万元,比上年增加400.00万元,增长20.00%,主要原因是整合了两个服务中心。',
].join('\n')
const THREE = [
  '柳岸县某某管委会2022年“三公”经费预算安排情况',
  '2022年度“三公”经费预算为30.00万元,较2021年度增加2.00万元,其中公务接待较上年同期减少0.50万元。公务用车运行费用较上年同期增加2.50万元,增长20.00%。主要原因为车辆使用年限增加,维修费用增加。',
].join('\n')

describe('follow-ups and parts', async () => {
  const extra = await readSources([
    { name: 'ql-zhfw-2026.txt', bytes: new TextEncoder().encode(CENTRE) },
    { name: 'la-sg-2022.txt', bytes: new TextEncoder().encode(THREE) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('the year before the conversation’s, its own amount asked', () => {
    const first = '青岚市综合服务保障中心2026年收入预算比上年多了多少？'
    const r = engine.ask({ question: '那它上一年的收入预算是多少？', history: [{ role: 'user', content: first }, { role: 'assistant', content: engine.ask({ question: first }).answer }] })
    expect(r.answer).toContain('2025年')
    expect(r.answer).toContain('2,000.00万元')
    expect(r.answer).not.toContain('据文件说明，比上年增加')
  })
  it('a part inside its container is asked about itself', () => {
    const r = engine.ask({ question: '柳岸县某某管委会2022年三公经费预算安排情况里公务用车运行费为啥涨了？' })
    expect(r.answer).toContain('维修费用增加')
    expect(r.answer).toContain('2.50万元')
  })
})
