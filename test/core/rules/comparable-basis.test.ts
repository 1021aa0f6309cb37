import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule comparable-basis): a county report restating a figure on a comparable basis ("(同口径)完成…, 同比
 * 增长14.6%"): its change is never said as the figure's own. A made-up county.
 */
const PAGE = [
  '柳岸县2022年预算执行情况和2023年预算草案的报告',
  '一、2022年财政预算执行情况',
  '1.本级征收完成数。地方一般公共预算收入完成20,500万元(自然口径),占调整预算103.20%,增收1,200万元。一般公共预算收入(同口径)完成21,600万元,同比增长12.6%,增收2,300万元。',
].join('\n')
const extra = await readSources([{ name: 'liuan-2022-yszx.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('rule comparable-basis', () => {
  it('the change of the figure restated 同口径 is not the figure’s own', () => {
    const r = engine.ask({ question: '柳岸县2022年一般公共预算同比增长多少？' })
    expect(r.answer).not.toContain('12.6%')
  })
})
