import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind104's monthly revenue bulletin): each item states 当月 and 累计 amounts with their changes; the readings
// took the first amount after the words — another item's 当月 for a 累计 asked, the place's whole 一般公共预算收入 for its
// 地方 one, a share of 当月 amounts for one of the year so far.
const BULLETIN = [
  '<html><head><meta charset="utf-8"><title>https://example.gov.cn/xxgk/czsz/202209/t2.shtml</title></head><body>',
  '<p>2022年8月份,来自澄海的一般公共预算收入当月完成20.4亿元,下降12.0%;累计完成210.5亿元,增长8.1%。中央级一般公共预算收入当月完成6.2亿元,下降20.1%,累计完成80.3亿元,增长5.5%。我市地方一般公共预算收入当月完成9.6亿元,下降3.2%;累计完成88.2亿元,增长9.9%,完成年度预算的61.3%。</p>',
  '<p>从收入结构看,地方税收收入当月完成7.7亿元,增长2.0%;累计完成70.1亿元,增长11.0%,占比79.5%,完成年度预算的65.0%。非税收入当月完成1.9亿元,下降18.5%;累计完成18.1亿元,增长5.6%,占比20.5%,完成年度预算的50.2%。</p>',
  '<p>政府性基金收入当月完成3亿元,下降40.0%;累计完成40.5亿元,下降20.2%,完成年度预算的30.0%。其中,土地出让金收入当月完成2.5亿元,增长10.0%;累计完成32.4亿元,下降25.0%。</p>',
  '</body></html>',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'chenghai-2022-08-czsz.html', bytes: new TextEncoder().encode(BULLETIN) }]).corpus)).ask({ question })

describe('rule bulletin-items', () => {
  it('reads the item the qualifier names, for the period asked', () => {
    const month = ask('澄海2022年8月份地方一般公共预算收入当月完成多少？')
    expect(month.answer).toContain('9.6亿元')
    expect(month.answer).not.toContain('20.4亿元')
    const year = ask('澄海前8个月地方一般公共预算收入累计多少')
    expect(year.answer).toContain('88.2亿元')
    // (what it states, before the quote naming the item: never the month's or another item's amount)
    expect(year.answer.split('原文')[0]).not.toMatch(/6\.2亿元|20\.4亿元|9\.6亿元/)
    expect(year.citations.every((c) => (c.text ?? '').includes('地方一般公共预算收入'))).toBe(true)
  })
  it('says the change and the completion of the period asked', () => {
    expect(ask('澄海政府性基金收入累计同比下降了多少？').answer).toMatch(/40\.5亿元[^。]*下降20\.2%/)
    expect(ask('到8月底澄海地方一般公共预算收入完成年度预算的多少？').answer).toContain('61.3%')
  })
  it('computes a share from the same period’s amounts and answers each item asked', () => {
    expect(ask('澄海土地出让金收入占政府性基金收入累计的比例是多少').answer).toContain('80.00%')
    const each = ask('澄海8月底地方税收收入和非税收入累计各多少')
    expect(each.answer).toMatch(/地方税收收入累计完成70\.1亿元[\s\S]*非税收入累计完成18\.1亿元/)
  })
})
