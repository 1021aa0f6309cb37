import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 30: a 三公 补充说明 in prose: a change stated "较2014年相比增加…,增幅…%" (较 and 相比 both said) with its reason in a clause of the next sentence, and a stock
 * stated three ways in one sentence ("保有量为56辆…账面数为56辆,实际保有量为12辆"): asked 实际保有量, the count written
 * after 实际 (rule qualified-count). Made-up body and figures.
 */
const NOTE = [
  '溪州市政协2016年部门决算公开补充说明',
  '一、“三公”经费增减情况',
  '1、2016年因公出国(境)费24.50万元,较2015年相比增加6.20万元,增幅33.88%。主要用于1个团组5人次的出国(境)费用,增长的主要原因是上年计划的考察延至本年结算。',
  '2、2016年公务接待费支出18万元,较2015年相比减少3万元,接待来访12批次。接待费减少的原因主要是严控公务接待开支。',
  '二、公务用车购置数及保有量',
  '公务用车改革前车辆保有量为40辆,车辆保有量账面数为40辆,实际保有量为9辆。',
].join('\n')

describe('a 三公 补充说明 in prose', async () => {
  const engine = createEngine(buildCorpus(await readSources([{ name: 'xizhou-zx-2016-bc.txt', bytes: new TextEncoder().encode(NOTE) }])).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a change stated with 较…相比', () => {
    const a = ask('溪州市政协2016年因公出国费比15年增加多少')
    expect(a).toContain('6.20万元')
    expect(a).toContain('33.88%')
  })

  it('reads the reason a clause of the next sentence gives (rule reason-clause-after)', () => {
    expect(ask('溪州市政协2016年出国费为什么增加了？')).toContain('延至本年结算')
    // (the subject named again by its words' tail: 接待费 of 公务接待费)
    expect(ask('溪州市政协接待费为什么减少？')).toContain('严控公务接待开支')
  })

  it('reads the stock its qualifier asks', () => {
    // (the figure stated is the 实际 one; the sentence quoted after it prints all three)
    expect(ask('溪州市政协公车实际保有量几辆')).toMatch(/：9辆。/u)
  })
})
