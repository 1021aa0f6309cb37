import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind105 C01, seen in session 48): a county news item printing no year, dated only by its file's name
// (…-2016-…), reports last year's spending ("去年,该县民生支出达29.9亿元…同比增加2.65亿元"). It was held as the file
// year's 财政预算, and "去年民生支出多少" was answered with a figure worked out from it (29.9 − 2.65, called 2015's):
// a wrong figure. Rule last-year-news: such a page is the year before's outturn.
const enc = (s: string) => new TextEncoder().encode(s)
const LAST = [
  '桐川县18.4亿元财政资金保障民生',
  '本报讯 (记者 王明)近年来,桐川县不断调整和优化财政支出结构。去年,该县民生支出达18.4亿元,占一般公共预算支出的比重为79.2%,同比增加1.35亿元,增长7.9%。',
  '保障教育优先发展。该县去年财政教育支出5.06亿元。',
].join('\n')
const THIS = [
  '柳河县安排12亿元保障民生',
  '本报讯 今年,柳河县民生支出预算安排12亿元,比去年增加0.8亿元。',
].join('\n')
const built = buildCorpus([
  { name: 'tongchuan-news-2016-minsheng.txt', bytes: enc(LAST) },
  { name: 'liuhe-news-2016-minsheng.txt', bytes: enc(THIS) },
])
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(built.corpus)).ask({ question })

describe('rule last-year-news', () => {
  it('holds a page whose figures are all said of 去年 as the year before’s outturn', () => {
    const d = built.corpus.documents.find((x) => x.id === 'tongchuan-news-2016-minsheng')
    expect(d?.year).toBe(2015)
    expect(d?.scope).toBe('财政决算')
  })
  it('keeps a page speaking of 今年 in its file’s year', () => {
    expect(built.corpus.documents.find((x) => x.id === 'liuhe-news-2016-minsheng')?.year).toBe(2016)
  })
  it('answers the figure stated, never one worked out from it', () => {
    const a = ask('桐川县2015年民生支出多少')
    expect(a.answer).toContain('18.4亿元')
    expect(a.answer).not.toContain('17.05')
    expect(ask('桐川县2016年民生支出预算安排多少').answer).not.toMatch(/18\.4亿元|17\.05/)
  })
})
