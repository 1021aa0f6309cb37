import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 23: a city's 三公 page in prose only. Its joined items' total is theirs together (rule joined-item), its
 * change said 上升 is a change, and a fee it prints beside the 三公 figures (一个月及以上的租车费) is read where the page
 * prints it, the qualifier's characters all in the sentence (rule qualified-fee). A made-up city (青岚市).
 */
const PAGE = [
  '青岚市2026年市级“三公”经费预算情况说明',
  '经青岚市财政局汇总,2026年市级行政单位通过当年所有财政拨款安排的“三公”经费预算为5200.50万元,比2025年上升300.20万元,上升6.13%。从明细看,公务接待费400.10万元,比2025年减少20.00万元;公务用车运行维护费及公务用车购置费4300.40万元,比2025年增加350.20万元(其中,公务用车运行维护费4000.00万元,比2025年增加300.00万元;公务用车购置费300.40万元,比2025年增加50.20万元);因公出国(境)费用500.00万元。',
  '另外,市级单位通过当年所有财政拨款安排的一个月及以上的租车费600.70万元,比2025年增加10.00万元。',
].join('\n')

describe('a 三公 page in prose', async () => {
  const extra = await readSources([{ name: 'ql-sg-2026.txt', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('the last of two joined items is not given their total', () => {
    const r = engine.ask({ question: '青岚市级公务用车购置费26年预算' })
    expect(r.answer).toContain('300.40万元')
    expect(r.answer).not.toContain('4300.40')
  })
  it('两项 said with a shared head are summed', () => {
    const r = engine.ask({ question: '青岚26年公务用车运行维护费和购置费加起来是多少' })
    expect(r.answer).toContain('4,300.40万元')
  })
  it('a change said 上升 is a change', () => {
    const r = engine.ask({ question: '青岚26年三公预算比25年多了多少' })
    expect(r.answer).toContain('300.20万元')
    expect(r.answer).toContain('6.13%')
  })
  it('a fee printed beside the 三公 figures is read where it is printed; another qualifier is not', () => {
    const r = engine.ask({ question: '青岚市级一个月以上租车费26年预算多少' })
    expect(r.answer).toContain('600.70万元')
    const other = engine.ask({ question: '青岚市级短期租车费26年预算多少' })
    expect(other.answer).not.toContain('600.70')
  })
})
