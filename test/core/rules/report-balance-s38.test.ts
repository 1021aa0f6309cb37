import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind84's district reports): a report's presenter printed with two titles joined by 、
 * ("某区政协副主席、财政局局长 某某") is read as its presenter; whether an account balanced is the sentence saying so,
 * of the year asked. Made-up place, names and figures.
 */
const REPORT = [
  '关于青岚区2022年预算执行情况和2023年预算草案的报告',
  '——2023年2月9日在青岚区第十八届人民代表大会第三次会议上',
  '青岚区政协副主席、财政局局长 周明远',
  '各位代表:',
  '第一部分 2022年预算执行情况',
  '2022年全区一般公共预算收入1,042,625万元,完成年度预算的100.99%。',
  '收支相抵,全区一般公共预算保持平衡。',
  '第二部分 2023年预算草案',
  '2023年全区一般公共预算收入安排1,080,000万元。政府性基金预算收支相抵后结转下年5,000万元。',
].join('\n')

describe('a district report read as its readers ask it', () => {
  const engine = engineWith([{ name: 'qinglan-2023-budget-report.txt', bytes: enc(REPORT) }])
  it('names the presenter with both titles', () => {
    expect(engine.ask({ question: '青岚区预算报告是谁作的' }).answer).toContain('周明远')
  })
  it('quotes the balance sentence of the account asked', () => {
    expect(engine.ask({ question: '青岚区2022年一般公共预算收支最后平衡了吗？' }).answer).toContain('保持平衡')
  })
})
