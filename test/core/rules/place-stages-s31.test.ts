import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31: a district's "本级财政决算草案" whose prose states each fund's budget as set by the people's congress,
 * then as adjusted ("调整后,全区财政总收入预算变更为…"), for both sides and several funds. Each figure is read for
 * the fund, the side and the stage asked, never another's: a whole's word (收入预算, 支出预算) written after another
 * fund's name is that fund's (rule fund-side-prose); a stage said before the item is its stage (rule stage-before); a
 * stage the prose does not state is said not stated (rule phrase-stage). Made-up place and figures.
 */

const REPORT = html('2024年本级财政决算草案', [
  '2024年本级财政决算草案',
  '一、2024年财政收支预算',
  '(一)一般公共预算情况',
  '溪川区第九届人民代表大会三次会议审议通过的2024年全区财政总收入预算为520.40亿元,其中一般公共预算收入预算为260.30亿元。根据全区经济社会发展实际,经区九届人大常委会第十二次会议批准,对2024年一般公共预算收入预算作部分变更调整。调整后,全区财政总收入预算变更为500亿元,比上年实绩增长0.5%;一般公共预算收入预算变更为251.20亿元,比上年实绩增长1.6%。2024年年初全区一般公共预算支出预算为210亿元,经区九届人大常委会第十二次会议批准,作部分变更调整,调整后全区一般公共预算支出预算为236.50亿元,其中区本级为230.10亿元,其他镇为6.40亿元。',
  '(二)政府性基金预算情况',
  '溪川区第九届人民代表大会三次会议审议通过的2024年政府性基金预算收入预算为198.70亿元,经区九届人大常委会第十二次会议批准,作部分变更调整,调整后政府性基金预算收入预算为176.20亿元。按照变更后的政府性基金收入和以收定支的原则,调整后政府性基金预算支出预算为243.90亿元。',
  '(三)国有资本经营预算情况',
  '经区九届人大常委会第十二次会议批准,本年收入加上省市专项补助9.80万元,全年国有资本经营支出预算调整为9.80万元。',
  '(四)社会保险基金预算情况',
  '溪川区第九届人民代表大会三次会议审议通过的2024年全区机关事业单位基本养老保险基金收入预算为3.27亿元,经区九届人大常委会第十二次会议批准,收入预算调整为3.29亿元。',
])

describe('a place’s budget as set and as adjusted, fund by fund', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xichuan-2024-jscaoan.html', bytes: new TextEncoder().encode(REPORT) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a fund’s income budget as set, never another fund’s', () => {
    for (const q of ['溪川区2024年一般公共预算收入预算是多少', '溪川区24年一般公共预算收入年初预算是多少']) {
      const a = ask(q)
      expect(a).toContain('260.30亿元')
      expect(a).not.toMatch(/198\.70|243\.90/)
    }
  })
  it('reads the stage said before the item', () => {
    const a = ask('溪川调整后的一般公共预算支出预算是多少？')
    expect(a).toContain('236.50亿元')
    expect(a).not.toContain('年初预算为236.50')
  })
  it('sets the adjusted budget against the one set at the year’s start', () => {
    const a = ask('溪川全区财政总收入预算调整后比年初少了百分之几')
    expect(a).toContain('3.92%')
    expect(a).toContain('520.40亿元')
    expect(a).toContain('500亿元')
  })
  it('says a stage the prose does not state is not stated', () => {
    const a = ask('溪川区2024年一般公共预算收入最后实际完成了多少？')
    expect(a).toMatch(/没有写明|没有找到/)
    expect(a).not.toMatch(/260\.30|251\.20/)
  })
  it('never answers one side with the other’s figure', () => {
    const a = ask('溪川区机关事业单位基本养老保险基金24年支出预算多少')
    expect(a).not.toMatch(/3\.27|3\.29/)
  })
})

/**
 * …and a district's 决算 that states a fund's budget as set, then in the next sentence as adjusted after a reason
 * ("…年初预算安排152.6亿元。由于…,批准收入预算调整为131.40亿元。"), and its change against last year as 直比.
 */
const FINAL = html('2023年溪口区决算报告', [
  '2023年溪口区区级决算报告',
  '一、一般公共预算收支决算情况',
  '1. 一般公共预算收入',
  '2023年,全区一般公共预算收入年初预算安排152.6亿元。由于年中实施税费支持政策,受政策性影响我区减收规模较大,经区人大常委会第三次会议批准收入预算调整为131.40亿元。2023年全区完成一般公共预算收入133.05亿元,完成调整预算数的101.26%,直比下降12.3%。',
])

describe('a fund’s budget adjusted in the next sentence, its change said 直比', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xikou-2023-qjjs.html', bytes: new TextEncoder().encode(FINAL) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('computes the adjustment from the budget as set and as adjusted', () => {
    const a = ask('溪口区一般公共预算收入预算从年初到调整后调减了多少亿？')
    expect(a).toContain('21.20亿元')
    expect(a).toContain('152.6亿元')
    expect(a).toContain('131.40亿元')
  })
  it('reads 直比 as the change against last year', () => {
    expect(ask('溪口区2023年一般公共预算收入比上年降了多少')).toContain('12.3%')
  })
})

