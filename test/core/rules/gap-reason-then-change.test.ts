import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (a budget gap's reason explains no change; the reason after the parts, the subject named with its year and
 * fund): a 三公 决算 说明 states the account's 决算 against its 年初预算 with the gap's reason, then in the next paragraph
 * its change against last year, the parts' changes, and "…决算减少的主要原因是…". Asked the change or its reason, the
 * change against last year and that reason answer, never the gap's reason; asked the gap, the gap's. Made-up body and figures.
 */
const PAGE = [
  '桐岭县文联2023年度“三公”经费决算情况说明',
  '一、“三公”经费支出决算总体情况',
  '桐岭县文联2023年度一般公共预算财政拨款“三公”经费支出年初预算为120000.00元,支出决算为42000.00元,完成年初预算的35.0%。“三公”经费支出决算数小于年初预算数的主要原因是单位厉行节约,压缩“三公”经费支出。',
  '2023年度一般公共预算财政拨款“三公”经费支出决算数比上年减少96000.00元,下降69.57%。其中:公务用车购置费支出决算减少90000.00元,下降100.00%;公务接待费支出决算减少6000.00元,下降30.00%。2023年度一般公共预算财政拨款“三公”经费支出决算减少的主要原因是本年度未购置公务用车。',
].join('\n')

describe('a 三公 决算 with its gap reason before its change', async () => {
  const extra = await readSources([{ name: 'tongling-wl-2023-sg.txt', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('answers the change against last year', () => {
    const r = engine.ask({ question: '桐岭县文联2023年三公经费比上年少了多少' })
    expect(r.answer).toContain('96000.00元')
    expect(r.answer).toContain('69.57%')
  })

  it('gives the change’s own reason', () => {
    const r = engine.ask({ question: '桐岭县文联2023年三公经费为啥比上年降这么多' })
    expect(r.answer).toContain('未购置公务用车')
    expect(r.answer).not.toContain('压缩“三公”经费支出')
  })

  it('gives the gap’s reason when the gap is asked', () => {
    expect(engine.ask({ question: '桐岭县文联三公经费决算为什么远小于年初预算' }).answer).toContain('厉行节约')
  })
})
