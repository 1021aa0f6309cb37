import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards a county's report on last year's execution and this year's draft (session 19): rule executed-year with the
 * budget's amount printed in the completion ("完成预算数Y万元的Z%"), rule executed-change ("较上年W万元增长V%": the
 * change is X − W, the printed V beside it, W never the executed year's figure), rule relative-to-document (去年
 * counted from today is not held: the newest document's own 去年, said so) and rule spoken-income ("契税收了多少钱"
 * is 契税收入; "比上年多收了" is still a change). A made-up county and figures; today fixed at 2026-03-01.
 */
const REPORT = [
  '关于桐溪县2023年财政预算执行情况和2024年财政预算草案的报告',
  '——2024年1月10日在桐溪县第十八届人民代表大会第四次会议上',
  '县财政局',
  '各位代表:',
  '一、2023年预算执行情况',
  '(一)一般公共预算',
  '全年一般公共预算收入52860万元,完成预算数51000万元的103.6%,较上年49800万元增长6.1%。其中:税收收入36120万元;契税收入3250万元,比上年增加420万元,增长14.8%。',
  '全年一般公共预算支出186400万元,完成调整预算的97.2%。',
  '(二)政府性基金预算',
  '全年政府性基金预算收入24300万元,完成预算的88.4%,较上年27900万元下降12.9%。',
  '二、2024年预算草案',
  '(一)一般公共预算',
  '2024年全县一般公共预算收入安排55500万元,比上年增长5%。',
].join('\n')

const extra = await readSources([{ name: 'tongxi-2024-ysbg.txt', bytes: new TextEncoder().encode(REPORT) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus, undefined, { today: () => new Date('2026-03-01T00:00:00Z') })
const ask = (question: string) => engine.ask({ question })

describe('rule executed-year: the executed year’s completion and change from the report’s prose', () => {
  it('the completion gives the amount, the budget amount printed inside it and the rate', () => {
    const r = ask('桐溪县2023年一般公共预算收入完成预算的百分之多少？')
    expect(r.answer).toContain('52860万元')
    expect(r.answer).toContain('51000万元')
    expect(r.answer).toContain('103.6%')
  })

  it('the change is X − W with the printed rate, never W as the year’s own figure (rule executed-change)', () => {
    const r = ask('桐溪县2023年一般公共预算收入比上年增长了多少？')
    expect(r.answer).toMatch(/增加3,?060(?:\.00)?万元/)
    expect(r.answer).toContain('6.1%')
    expect(r.answer).not.toMatch(/2023年[^，。]{0,12}49800/)
  })

  it('a fall said as 减少 and 下降', () => {
    const r = ask('桐溪县2023年政府性基金预算收入比上年变化多少？')
    expect(r.answer).toMatch(/减少3,?600(?:\.00)?万元/)
    expect(r.answer).toContain('下降12.9%')
  })
})

describe('rule relative-to-document: 去年 counted from today is not held', () => {
  it('answers the newest report’s own 去年 and says so', () => {
    const r = ask('桐溪县去年一般公共预算收入完成了多少？')
    expect(r.answer).toContain('52860万元')
    expect(r.answer).toMatch(/2025年/)
    expect(r.answer).toMatch(/“去年”（2023年）/)
    expect(r.answer).not.toMatch(/没有收录桐溪县2025年/)
  })
})

describe('rule spoken-income: 收了 is 收入', () => {
  it('“契税收了多少钱” reads 契税收入, never the prior year’s amount made from the change', () => {
    const r = ask('桐溪县2023年契税收了多少钱？')
    expect(r.answer).toContain('3250万元')
    expect(r.answer).not.toContain('2,830')
  })

  it('with 去年 as well', () => {
    expect(ask('桐溪县去年契税收了多少钱？').answer).toContain('3250万元')
  })

  it('“比上年多收了多少” still asks the change: the sentence printing it is quoted (unchanged)', () => {
    const r = ask('桐溪县2023年契税收入比上年多收了多少？')
    expect(r.answer).toContain('比上年增加420万元')
    expect(r.answer).not.toContain('2,830')
  })
})
