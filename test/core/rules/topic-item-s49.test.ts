import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind106's 体彩公益金 notice, first contact): "体彩公益金本年留成多少", "体彩公益金2023年结余是多少" of a notice
// printing "2022年度结余体彩公益金91.6294万元,2023年本年留成46.6784万元、结余11.5765万元" were not found: no term names
// 本年留成 or 结余. Rule topic-item: the fund's name the page prints is the topic, the rest the item read before its amount.
const enc = (s: string) => new TextEncoder().encode(s)
const NOTICE = [
  '石林县教育体育局 关于2023年度石林县体育彩票公益金筹集 使用情况公告',
  '现将2023年石林县体育彩票公益金筹集、使用情况公告如下:',
  '一、体育彩票公益金分配情况',
  '2022年度结余体彩公益金50.1200万元,2023年本年留成30.4500万元、结余20.5700万元。',
  '二、2023年度石林县体育彩票公益金使用情况',
  '用于本年体育部门群众体育支出60.00万元。',
  '石林县教育体育局',
  '2024年6月20日',
].join('\n')
// (a place's report of many subjects is no page about one fund: its 支出 is no item of 纪检监察事务)
const REPORT = [
  '泉港区2022年财政决算报告',
  '(一)201-一般公共服务支出23653万元,较2021年决算数增加2954万元。',
  '用于本年体育部门群众体育支出60.00万元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'shilin-jyj-2023-ticai.txt', bytes: enc(NOTICE) }, { name: 'quangang-2022-czjs.txt', bytes: enc(REPORT) }]).corpus)).ask({ question })

describe('rule topic-item', () => {
  it('reads the item asked of the fund a notice is about, before its amount', () => {
    expect(ask('石林县2023年体彩公益金本年留成多少？').answer).toContain('30.4500万元')
    const a = ask('石林县体彩公益金2023年结余是多少万')
    expect(a.answer).toMatch(/结余[^。]{0,4}为20\.5700万元/)
    expect(a.answer).not.toMatch(/为50\.1200万元/)
  })
  it('reads no item of a place’s report, nor the end of a longer name', () => {
    expect(ask('泉港区2022年纪检监察事务支出？').answer).not.toContain('23653')
    expect(ask('石林县体彩公益金2023年支出多少').answer).not.toMatch(/“支出”为60\.00万元/)
  })
})
