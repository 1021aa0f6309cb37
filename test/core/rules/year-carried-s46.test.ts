import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 46 (blind101's city paper summary of a 预算报告): the year reported on is said once, opening a paragraph
// ("2023年,全市一般公共预算总收入…"); the next paragraph ("全市一般公共预算总支出604.93亿元,…") names no year and goes on
// with it. Asked for 2023, that spending was "not held".
const PAGE = [
  '青禾市2023年预算执行情况和2024年预算草案的报告（青禾日报）',
  '青禾日报讯 1月15日,在青禾市第十二届人民代表大会第三次会议上,青禾市财政局局长作了关于青禾市2023年预算执行情况和2024年预算草案的报告。',
  '2023年全市一般公共预算总收入637.58亿元2023年,全市一般公共预算总收入637.58亿元,其中:当年收入292.14亿元,完成预算的101.7%,增长6%。',
  '全市一般公共预算总支出604.93亿元,其中:当年支出526.91亿元,完成预算的102.3%,增长9.5%。收支相抵,结转下年32.65亿元。',
  '2024年全市一般公共预算收入安排306.74亿元2024年,全市一般公共预算收入安排306.74亿元,增长5%。全市一般公共预算支出安排532.2亿元,增长1%左右。',
].join('\n')

describe('rule year-carried', () => {
  it('reads a paragraph naming no year as of the year the paragraph before it opened with', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-ysbg-news.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    const r = engine.ask({ question: '青禾市2023年全市一般公共预算总支出多少？' }).answer
    expect(r).toContain('604.93亿元')
    expect(r).not.toContain('532.2')
  })
})

// …and a sentence naming the subject under two years: the one it speaks of where the subject is named
describe('rule year-where-named', () => {
  it('reads the subject named under the document\'s own year in a sentence opening with another', () => {
    const page = [
      '青禾县2025年“三公”经费预算公开说明',
      '二、“三公”经费2024年执行情况和2025年预算情况',
      '2024年青禾县“三公”经费执行数2010.95万元,2025年“三公”经费预算数2005.41万元,较上年预算数减少94.91万元。',
    ].join('\n')
    const engine = createEngine(buildCorpus([{ name: 'qinghe-sg-2025.txt', bytes: new TextEncoder().encode(page) }]).corpus)
    const r = engine.ask({ question: '青禾县2025年三公经费预算是多少' }).answer
    expect(r).toContain('2005.41万元')
    expect(r).not.toContain('2010.95')
  })
})
