import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a report's sentence "收入预算数5000万元,决算数5600万元,完成预算12.00%" — 数 said with no verb before
 * each amount (rule stage-prose), and a completion rate its own amounts cannot give (5600 ÷ 5000 = 112.00%): the
 * computed rate, the printed one said to disagree (rule completion-checked, one sentence's two amounts). Made-up.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚原县2024年县本级国有资本经营决算说明</title></head><body>
<p>岚原县2024年县本级国有资本经营决算说明</p>
<p>一、收入决算情况</p>
<p>2024年,岚原县本级国有资本经营收入预算数5000万元,决算数5600万元,完成预算12.00%。</p>
<p>二、支出决算情况</p>
<p>2024年,岚原县本级国有资本经营支出决算数4200万元。</p>
</body></html>`

describe('a completion rate its own sentence contradicts', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanyuan-czj-2024-gyzb-js.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('computes the rate from the sentence’s amounts and says the printed one disagrees', () => {
    const a = ask('岚原县2024年国有资本经营收入决算完成预算的百分之多少')
    expect(a).toContain('112.00%')
    expect(a).toContain('不一致')
  })
  it('reads each side of the fund by its own words, never the other side’s figure', () => {
    expect(ask('岚原县2024年国有资本经营支出决算是多少')).toContain('4200万元')
    const a = ask('岚原县2024年国有资本经营收入决算是多少')
    expect(a).toContain('5600万元')
    expect(a).not.toContain('4200万元')
  })
})
