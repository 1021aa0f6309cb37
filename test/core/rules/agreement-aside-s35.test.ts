import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a city's 决算 says its figure agrees with the execution reported to the 人大 before stating its change
 * ("…收入86.47亿元,与向市人大报告的执行数一致,增长6.1%"): the aside is no change, the change after it is the figure's
 * (rule agreement-aside); "与上年相同" is still no aside. A district's report under the heading "1. 一般公共预算收入" states
 * its change after a completion rate: the change is read by the words the prose prints, never by the concept's name
 * its heading does not say (stated-change, printed name). A county's 决算 report lists the approved budget after
 * "预算为:" before it tells the year's account in a later paragraph: the account is the year's figure (final over
 * planned, the listed budget), and its change said 同口径 is read. Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于岚江市2024年市本级财政决算的报告</title></head><body>
<p>关于岚江市2024年市本级财政决算的报告</p>
<p>一、一般公共预算收支决算情况</p>
<p>2024年市本级一般公共预算收入86.47亿元,与向市第九届人大三次会议报告的执行数(以下简称执行数)一致,增长6.1%,完成预算的101.8%。市本级政府性基金预算收入40.23亿元,与上年相同。</p>
</body></html>`

const DISTRICT = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>梧川区2023年财政决算</title></head><body>
<p>梧川区2023年财政决算</p>
<p>一、一般公共预算收支决算情况</p>
<p>1. 一般公共预算收入</p>
<p>2023年,全区一般公共预算收入年初预算安排150.3亿元。2023年全区完成一般公共预算收入142.67亿元,完成调整预算数的101.42%,直比下降3.7%。</p>
</body></html>`

const COUNTY = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于桐岭县2024年财政决算的报告</title></head><body>
<p>关于桐岭县2024年财政决算的报告</p>
<p>经县第十届人民代表大会第三次会议批准,我县2024年度预算为:一般公共预算收入50,000万元,支出300,000万元;政府性基金预算收入40,000万元,支出38,000万元。具体执行情况如下:</p>
<p>(一)一般公共预算收支决算情况</p>
<p>地方一般公共预算收入52,345万元,完成年初预算的104.7%,剔除留抵退税后同口径增长6.3%,增收3,102万元。</p>
</body></html>`

describe('an agreement aside before a change', async () => {
  const enc = new TextEncoder()
  const { corpus } = buildCorpus(await readSources([{ name: 'lanjiang-czj-2024-juesuan.html', bytes: enc.encode(PAGE) }, { name: 'wuchuan-2023-qjjs.html', bytes: enc.encode(DISTRICT) }, { name: 'tongling-czj-2024-jsbg.html', bytes: enc.encode(COUNTY) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the change after the aside', () => expect(ask('岚江市本级一般公共预算收入比上年增长多少')).toContain('6.1%'))
  it('reads a place\u2019s change by the words its prose prints', () => expect(ask('梧川区2023年一般公共预算收入比上年降了多少')).toContain('3.7%'))
  it('reads the account told after the budget listed', () => {
    const a = ask('桐岭县2024年一般公共预算收入多少')
    expect(a).toContain('52,345万元')
    expect(a).not.toContain('50,000万元')
  })
  it('reads a change said 同口径', () => expect(ask('桐岭县2024年一般公共预算收入增长了多少')).toContain('6.3%'))
  it('keeps a flat statement flat', () => expect(ask('岚江市本级政府性基金预算收入比上年增长多少')).toMatch(/持平|相同/))
})
