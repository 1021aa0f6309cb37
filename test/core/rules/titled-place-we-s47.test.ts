import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

// Session 47 (blind103's 济源 news item): a city paper's item titled by its city ("某市国民经济和社会发展持续向好") that speaks
// of 我市/全市 and states the city's revenue was held as "metadata needed": every question on it went unanswered.
const NEWS = [
  '<html><head><meta charset="utf-8"><title>青禾市国民经济和社会发展持续向好</title></head><body>',
  '<p>青禾市国民经济和社会发展持续向好</p>',
  '<p>发布时间:2018-09-06 14:51:42 来源:青禾日报</p>',
  '<p>本报讯(记者 王一)近日,记者从相关部门获悉,上半年我市国民经济和社会发展持续向好。</p>',
  '<p>经济保持平稳增长。上半年,全市生产总值完成194.3亿元,增长8.9%。财政收支完成较好,一般公共预算收入完成14.9亿元,增长13.7%。</p>',
  '<p>财政收入保持高质量,税收收入完成11.9亿元,增长23.7%。</p>',
  '</body></html>',
].join('\n')
let engine: Engine | undefined
const corpus = async () => buildCorpus(await readSources([{ name: 'qinghe-2018-h1-news.html', bytes: new TextEncoder().encode(NEWS) }]))
const ask = async (question: string) => (engine ??= createEngine((await corpus()).corpus)).ask({ question })

describe('rule titled-place-we', () => {
  it('holds the item as its city’s, with the year it was published in', async () => {
    const d = (await corpus()).corpus.documents[0]
    expect(d.org).toBe('青禾市')
    expect(d.year).toBe(2018)
  })
  it('answers the city’s revenue and its tax share from the item', async () => {
    expect((await ask('青禾上半年一般公共预算收入完成多少')).answer).toContain('14.9亿元')
    expect((await ask('青禾上半年税收收入占一般公共预算收入的比重大概多少')).answer).toContain('79.87%')
  })
})

describe('rule bare-growth', () => {
  it('reads a growth rate printed right after the figure, no baseline said', async () => {
    const r = (await ask('青禾市上半年一般公共预算收入同比增长了多少')).answer
    expect(r).toContain('13.7%')
    expect(r).not.toContain('无法计算')
    expect((await ask('青禾上半年税收收入增幅是多少')).answer).toContain('23.7%')
  })
})
