import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 46 (read again in blind43): "有多少行政人员、多少退休人员" read the retired count near 行政人员, the other
// count asked, and said "退休人员：426人" — the 行政人员's number (a wrong figure with its sentence cited).
const PAGE = [
  '青禾县公安局2019年部门预算',
  '一、青禾县公安局概况',
  '2.青禾县公安局设政治处和21个内设机构及7个派出所,2018年底共有行政人员426人,离休干部1人,退休人员77人,编制外劳动合同用工人员315人。',
].join('\n')

describe('a count read near another count asked beside it', () => {
  it('is read where its own words print it', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-gaj-2019.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    const r = engine.ask({ question: '青禾县公安局2018年底有多少行政人员、多少退休人员？' }).answer
    expect(r).toContain('退休人员：77人')
    expect(r).not.toContain('退休人员：426人')
  })
})
