import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 32: a district's 决算 report to its people's congress. Made-up place, people and figures.
 * - Items listed and each asked ("上级转移支付里返还性、一般性、专项各多少"): each read in the sentence that lists them
 *   (rule listed-items).
 * - A longer name asked ("某镇某村污水管网治理") is never the figure of the place it opens with (rule subject-head-of-asked).
 * - Who made the report, when its head prints the meeting without a day and the head's name after the title, run on
 *   into the address ("…财政局局长 某某主任、各位副主任"): the body, title and name, quoted as printed (rule report-head).
 */
const REPORT = html('2023年政府决算', [
  '2023年政府决算',
  '关于云溪区2023年决算草案的报告——在云溪区第八届人民代表大会常务委员会第十二次会议上云溪区财政局局长 林远航主任、各位副主任、各位委员:',
  '我受区人民政府委托,向会议报告2023年云溪区决算草案,请予审议。',
  '一般公共预算收支。一般公共预算收入88.6亿元,完成预算96.4%。上级财政对我区转移支付52.3亿元,其中:返还性收入6.1亿元;一般性转移支付39.8亿元;专项转移支付6.4亿元,按规定专款专用。',
])

const BUDGET = html('青溪县2023年财政预算执行情况和2024年财政预算草案的报告', [
  '关于青溪县2023年财政预算执行情况和2024年财政预算草案的报告 ——2024年1月9日在县十届人民代表大会第四次会议上青溪县财政局 李明远各位代表:',
  '受县人民政府委托,我向大会报告青溪县2023年财政预算执行情况和2024年财政预算草案,请予审议。',
])

const FUNDS = html('云溪区财政局关于2023年衔接资金安排使用方案的公示', [
  '云溪区财政局关于2023年衔接资金安排使用方案的公示',
  '一、资金安排',
  '其中:争创先进乡镇2个:石桥镇60万元、柳河镇60万元;争创示范村3个:石桥镇东岭村40万元、柳河镇西坪村35万元、柳河镇南湾村30万元。',
])

describe('a district’s report: its listed items, who made it', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'yunxi-2023-juesuan.html', bytes: new TextEncoder().encode(REPORT) },
    { name: 'yunxi-czj-2023-xianjie.html', bytes: new TextEncoder().encode(FUNDS) },
    { name: 'qingxi-2024-yusuan.html', bytes: new TextEncoder().encode(BUDGET) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads each listed item in the sentence listing them', () => {
    const a = ask('云溪区上级转移支付里返还性、一般性、专项各多少')
    expect(a).toContain('6.1亿元')
    expect(a).toContain('39.8亿元')
    expect(a).toContain('6.4亿元')
  })
  it('never answers a longer name asked with the figure of the place it opens with', () => {
    const a = ask('柳河镇西坪村污水管网治理安排了多少钱')
    expect(a).not.toMatch(/60万元|35万元|30万元/)
    // (the rest held by the sentence too, the place's own item: answered)
    expect(ask('石桥镇争创先进乡镇拿到多少补助')).toContain('60万元')
  })
  it('says who made the report, the name as printed', () => {
    const a = ask('云溪区这个决算报告是谁做的')
    expect(a).toContain('林远航')
    expect(a).toContain('财政局局长 林远航')
    // (a name right after the body, no title between)
    expect(ask('青溪县这个预算报告是谁作的')).toContain('李明远')
  })
})
