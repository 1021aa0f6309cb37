import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** Session 21: facts asked as locals ask them (a made-up hospital). */
const PAGE = [
  '柳岸县人民医院2024年单位预算',
  '一、单位概况',
  '1.柳岸县人民医院始建于1952年3月,是一所国家二级甲等综合医院。',
  '2.从预算单位构成看,柳岸县人民医院单位预算属本级差额拨款单位预算。',
  '二、收支预算',
  '2024年收入预算52000.00万元。',
].join('\n')
const extra = await readSources([{ name: 'liuan-rmyy-2024-dwys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('facts asked as locals ask them', () => {
  it('全额拨款还是差额拨款: the sentence stating how it is funded', () => {
    const r = engine.ask({ question: '柳岸县人民医院是全额拨款还是差额拨款的？' })
    expect(r.answer).toContain('差额拨款')
    expect(r.answer).not.toContain('52000')
  })
  it('哪一年建的: the sentence dating it', () => {
    const r = engine.ask({ question: '柳岸县人民医院是哪一年建的？' })
    expect(r.answer).toContain('1952年')
  })
})
