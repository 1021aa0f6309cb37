import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'

// Session 46 (blind101): a news item on a city's spending that sets its figure against the whole city's spending
// ("占全市支出比重的66.9%") was held as "metadata needed"; the growth of each of seven spending kinds listed before
// "等重点支出分别增长…" was not read (one name holds 与 itself: 文化体育与传媒); two subjects asked "分别增长多少" got one
// answer; a class's pre-2019 name (文化体育与传媒支出) was not read as the class; a share printed in the part's own
// clause was not quoted. A 绩效自评报告 whose writer names itself only 我局 was held as "metadata needed".
const NEWS = [
  '前11个月青禾民生支出累计完成126.6亿元',
  '12月26日,记者从市财政局获悉,今年前11个月,青禾市民生支出累计完成126.6亿元,增长8.3%,占全市支出比重的66.9%。',
  '前11个月,科学技术、文化体育与传媒、社会保障与就业、节能环保和扶贫等重点支出分别增长41.4%、46.5%、7.6%、55.4%和71.1%。',
].join('\n')
const SELF = [
  '建设项目绩效自评报告',
  '一、县级批复资金情况',
  '我局承担石门县2021年度财政衔接资金统筹整合使用道路建设项目实施任务,该项目分两批实施,一批项目县级批复总投资3374.3万元,二批项目县级批复总投资2069.51万元,合计批复总投资5443.81万元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) =>
  (engine ??= createEngine(buildCorpus([{ name: 'qinghe-news.html.txt', bytes: new TextEncoder().encode(NEWS) }, { name: 'shimen-jxzp.txt', bytes: new TextEncoder().encode(SELF) }]).corpus, undefined, { today: () => new Date('2026-06-01T00:00:00Z') })).ask({ question })

describe('a news item on a city\'s spending', () => {
  it('is the city\'s, read from its figure set against the whole city\'s spending', () => {
    expect(parseDocument('qinghe-news.txt', NEWS).document.org).toBe('青禾市')
  })
  it('reads each kind\'s growth from the list before 等重点支出分别增长', () => {
    expect(ask('青禾节能环保支出增长多少').answer).toContain('55.4%')
    expect(ask('青禾扶贫支出增长多少').answer).toContain('71.1%')
  })
  it('answers two subjects asked 分别 each, the class by its older name too', () => {
    const r = ask('青禾科学技术支出和文化体育与传媒支出分别增长多少？').answer
    expect(r).toContain('41.4%')
    expect(r).toContain('46.5%')
  })
  it('quotes the share the part\'s clause prints of a whole no figure is read for', () => {
    const r = ask('青禾民生支出占全市支出的比重是多少').answer
    expect(r).toContain('66.9%')
    expect(r).toContain('126.6亿元')
  })
})

describe('rule writer-unnamed', () => {
  it('holds a report written as 我局 under the place whose task it carries out, of the year named after it', () => {
    const doc = parseDocument('shimen-jxzp.txt', SELF).document
    expect(doc.org).toBe('石门县')
    expect(doc.year).toBe(2021)
    expect(ask('石门县一批道路项目县级批复总投资是多少？').answer).toContain('3374.3万元')
  })
})
