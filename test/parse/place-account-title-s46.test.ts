import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'

// Session 46 (blind100's 鼓楼区 release): "2021年度全区及区本级财政决算收支情况", summed by the 区's finance bureau, was
// held as the 区本级's 部门决算: the whole 区's figures were then read as a department's, and 全区政府性基金支出 was answered
// with the 区本级's 19.31亿元.
const PAGE = [
  '2021年度全区及区本级财政决算收支情况',
  '经青禾区财政局汇总,2021年度全区及区本级财政决算收支情况如下:',
  '一、全区财政决算收支情况',
  '全区一般公共预算收入35.01亿元,上级补助收入11.96亿元,上年结余2.38亿元。一般公共预算支出30.09亿元,上解上级支出11.30亿元。收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元。',
  '全区政府性基金上年结余26.38亿元,上级补助收入14.78亿元,收入合计42.5亿元,支出19.43亿元,年终结余23.07亿元。',
  '二、区本级(不含洪山镇)财政决算收支情况',
  '区本级一般公共预算收入32.20亿元,上级补助收入11.75亿元,上年结余2.29亿元。区本级一般公共预算支出29.35亿元。',
  '区本级政府性基金上年结余26.37亿元,上级补助收入14.64亿元;政府性基金支出19.31亿元,年终结余23.04亿元。',
].join('\n')

describe('a place\'s accounts of the whole and its 本级 on one page', () => {
  it('is the whole place\'s 财政决算', () => {
    const doc = parseDocument('qinghe-2021-jszs.txt', PAGE).document
    expect(doc.org).toBe('青禾区')
    expect(doc.scope).toBe('财政决算')
    expect(doc.year).toBe(2021)
  })
  it('answers the whole place\'s figure for 全区, its 本级\'s for 区本级', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-2021-jszs.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    expect(engine.ask({ question: '青禾区2021年全区一般公共预算收入多少' }).answer).toContain('35.01亿元')
    const own = engine.ask({ question: '青禾区2021年区本级一般公共预算收入多少' }).answer
    expect(own).toContain('32.20亿元')
    expect(own).not.toContain('35.01亿元')
    // (never the 本级's fund spending for the whole place's)
    expect(engine.ask({ question: '青禾区2021年全区政府性基金支出了多少' }).answer).not.toContain('19.31')
    // (nor a fund's 上年结余 set against the general budget's: the same item of two accounts)
    expect(engine.ask({ question: '青禾区全区政府性基金年终结余比上年结余少了多少' }).answer).not.toContain('24.00亿元')
  })
})
