import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 33: pages that name their organisation only where the genre puts it. A bureau's quarterly 三公 notice says
 * "我局" and signs off with its name over a date in figures a portal's copy ran together ("2019123", rule sign-off);
 * a place's yearbook is named by the place without its level word ("岭川年鉴2022"), records the year before, and spells
 * the place in its lines (rule yearbook-title). A figure the prose states for the other side of the concept asked
 * (支出 when 收入 is asked) is never given for it (rule side-agrees). Made-up names and figures.
 */
const NOTICE = html('2018年第四季度“三公经费”管理使用情况', [
  '2018年第四季度“三公经费”管理使用情况',
  '根据市政府办公室的要求，我局对2018年“三公经费”使用情况分季度开展自查，现将2018年第四季度情况报告如下：',
  '1、公务用车费：本年度公务用车费为18万元，比去年同期16万元增长了12.5%。',
  '2、公务接待费用：本年度公务接待费为9万元，比去年同期10万元减少了10%。',
  '岭南市水务局',
  '2019123',
])
const YEARBOOK = html('Page 210 - 岭川年鉴2022', [
  'P. 210',
  '岭川年鉴 2022',
  // (the page's two columns run together line by line, as a yearbook's text layer gives them)
  '15.80 亿元，为调整预算的 99.1%，比上年增长 8.2%；完',
  '成财政总收入 26.40 亿元，增长 9.0%。',
  '财 政',
  '财政支出预算执行情况 2021 年，岭川县人',
  '大常委会第十次会议批准的岭川县年度一般公共',
  '财政收入预算执行情况 2021 年，岭川县人大 预算支出预算为 31.20 亿元。执行结果：完成一般公',
  '常委会第十次会议批准的岭川县年度一般公共预算收 共预算支出 30.45 亿元，完成调整预算的 97.6%，增长',
  '入预算为 15.95 亿元。执行结果：完成一般公共预算收入 6.1%。',
  '表 12：2019—2021 年度岭川县财政收支情况表',
  '年份 财政总收入（亿元） 一般公共预算支出（亿元）',
  '2020 24.22 28.70',
  '2021 26.40 30.45',
])

describe('pages named only where the genre puts it', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingnan-slj-2018-sangong.html', bytes: new TextEncoder().encode(NOTICE) },
    { name: 'lingchuan-nianjian-2022-caizheng.html', bytes: new TextEncoder().encode(YEARBOOK) },
  ]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a notice by the name it signs off with over a date in figures', () => {
    const d = corpus.documents.find((x) => x.id.startsWith('lingnan'))
    expect(d?.org).toBe('岭南市水务局')
    expect(ask('岭南市水务局2018年公务接待费多少')).toContain('9万元')
  })
  it('reads a yearbook as its place’s account of the year before', () => {
    const d = corpus.documents.find((x) => x.id.startsWith('lingchuan'))
    expect([d?.org, d?.year, d?.scope]).toEqual(['岭川县', 2021, '财政决算'])
  })
  it('never gives a 支出 figure for the 收入 asked', () => {
    expect(ask('岭川县2021年一般公共预算收入完成多少')).not.toContain('30.45')
  })
})
