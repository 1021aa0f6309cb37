import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules place-own whole-figures, account-occurrence, below-level account, fund-name subject): a prefecture's
 * 财政收支 news page states the whole place's figures (全州…), then its own level (州本级) and the levels below (县级)
 * as parts, each in one sentence. The page is the whole place's; a question with no account reads the whole place, one
 * naming 州本级 its own level; the levels below answer neither. A news outlet's 来源 line is whose article it is, not whose
 * accounts. Made-up prefecture, outlet and figures.
 */
const PAGE = [
  '我州公布2022年度财政收支“账单”云岫州',
  '1月9日,记者从州财政局获悉,经初步统计,去年全年全州一般公共预算收入累计完成150300万元,同比增加8100万元,增长5.7%;一般公共预算支出累计完成620400万元,同比减少5200万元,下降0.8%。',
  '在全州一般公共预算收入中,州本级一般公共预算收入累计完成41200万元,同比增加3300万元,增长8.7%;县级一般公共预算收入累计完成109100万元,同比增加4800万元,增长4.6%。',
  '从财政支出完成情况来看,州本级一般公共预算支出累计完成170500万元,同比减少9900万元,下降5.5%;县级一般公共预算支出累计完成449900万元,同比增加4700万元,增长1.1%。',
  '来源:云岫州融媒体中心',
].join('\n')

describe('a place report stating its whole, its own level and the levels below', async () => {
  const extra = await readSources([{ name: 'yunxiu-2022-czsz.txt', bytes: new TextEncoder().encode(PAGE) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('holds the page as the whole place, not its 本级', () => {
    expect(corpus.documents[0].org).toBe('云岫州')
  })

  it('answers a bare 一般公共预算收入 with the whole place, never a part', () => {
    const r = engine.ask({ question: '云岫州2022年一般公共预算收入完成多少' })
    expect(r.answer).toContain('150300万元')
    expect(r.answer).not.toMatch(/41200|109100/u)
  })

  it('answers the 州本级 with its own line, read where the sentence names it', () => {
    const r = engine.ask({ question: '云岫州州本级一般公共预算收入是多少' })
    expect(r.answer).toContain('41200万元')
    expect(r.answer).not.toMatch(/150300|109100/u)
  })
})

describe('the same page with no publisher line', async () => {
  const bare = PAGE.split('\n').filter((l) => !l.startsWith('来源')).join('\n')
  const extra = await readSources([{ name: 'yunxiu-2022-czsz.txt', bytes: new TextEncoder().encode(bare) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('is the whole place (its 州本级 is a part the page states), and answers each account', () => {
    expect(corpus.documents[0].org).toBe('云岫州')
    expect(engine.ask({ question: '云岫州2022年一般公共预算收入完成多少' }).answer).toContain('150300万元')
    const own = engine.ask({ question: '云岫州州本级一般公共预算收入是多少' }).answer
    expect(own).toContain('41200万元')
    expect(own).not.toContain('109100')
  })
})
