import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21: a share the page prints after a part named right after its year ("2017年度一般公共預算財政撥款支出…,
 * 占本年支出合計的30.08%"), on a page in Traditional characters: read in Simplified, quoted as printed.
 */
const PAGE = [
  '柳岸縣中醫醫院 2017年部門決算公開信息',
  '四、一般公共預算財政撥款支出決算情況說明',
  '2017年度一般公共預算財政撥款支出2200.00萬元,占本年支出合計的40.00%。與上年對比減少100.00萬元。',
].join('\n')
const extra = await readSources([{ name: 'liuan-zyy-2017-js.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('a printed share after a part named right after its year', () => {
  it('is the share asked, quoted as printed', () => {
    const r = engine.ask({ question: '柳岸县中医医院2017年一般公共预算财政拨款支出占本年支出合计的多少？' })
    expect(r.answer).toContain('40.00%')
    expect(r.answer).toContain('2017年度一般公共預算財政撥款支出2200.00萬元')
  })
})
