import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22: names as people say them and counts a staffing paragraph states. A province's 妇女联合会 asked as 省妇联
 * (rule abbreviations: 妇联, 残联, 工商联, 科协, 文联, 侨联; a province's unit by its level word), its 实有 count of
 * the 机关 (not of another unit in the same section); a secondary vocational school asked as 中专; a town's 决算 page
 * in Traditional script asked as the subdistrict it became (镇改街道), its page fields in a pipe row, a part of its
 * 目录 asked with words before the verb, citations naming the organisation as printed. Made-up bodies and figures.
 */
const WOMEN = [
  '青岚省妇女联合会2022年部门预算公开说明',
  '一、部门职责',
  '省妇联以联系和服务妇女为根本任务。',
  '二、机构设置',
  '机关行政编制40名,调出1人,调入2人,实有36人;工勤事业编制3名,实有3人。',
  '(1)省妇联保育院:编制30名,实有25人,退休10人;(2)省妇女儿童服务中心,编制8名,实有7人,退休2人。',
].join('\n')
const SCHOOL = ['柳溪工业中等专业学校2018年部门预算', '一、收入预算', '2018年年初预算数本年收入合计1200.00万元,其中一般公共预算拨款900.00万元。'].join('\n')
const TOWN = [
  '<html><head><meta charset="utf-8"><title>https://example.org/info/1.htm</title></head><body>',
  '<p>索引號 | 0001-2020-0001 | 發布機構 | 青川市柳溪街道辦事處 |</p>',
  '<p>公開目錄 | 財政預決算 | 發布日期 | 2020-08-20 10:00:00 |</p>',
  '<p>目錄</p>',
  '<p>第一部分 青川市柳溪鎮概況</p>',
  '<p>一、主要職能</p>',
  '<p>第二部分 2019年度部門決算表</p>',
  '<p>一、收入支出決算總表</p>',
  '<p>第三部分 其他重要事項的情況說明</p>',
  '<p>一、機關運行經費支出情況</p>',
  '<p>二、國有資產占有情況</p>',
  '<p>第一部分 青川市柳溪鎮概況</p>',
  '<p>一、主要職能</p>',
  '<p>貫徹執行黨的路線方針政策。</p>',
  '</body></html>',
].join('\n')

describe('organisations as people say them', async () => {
  const extra = await readSources([
    { name: 'qinglan-fulian-2022.txt', bytes: new TextEncoder().encode(WOMEN) },
    { name: 'liuxi-gyzz-2018.txt', bytes: new TextEncoder().encode(SCHOOL) },
    { name: 'liuxi-town-2019.html', bytes: new TextEncoder().encode(TOWN) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('省妇联 is the province\'s 妇女联合会, and its 机关\'s 实有 count is the 机关\'s', () => {
    const r = engine.ask({ question: '省妇联机关现在实有多少人？（青岚省妇联2022年预算说明）' })
    expect(r.answer).toContain('36人')
    expect(r.answer).not.toContain('7人')
  })
  it('a member unit\'s 实有 count', () => {
    expect(engine.ask({ question: '青岚省妇联保育院实有多少人？' }).answer).toContain('25人')
  })
  it('中专 is a 中等专业学校', () => {
    const r = engine.ask({ question: '柳溪工业中专2018年收入预算一共多少钱？' })
    expect(r.answer).toContain('1200.00万元')
    expect(r.answer).not.toContain('青岚')
  })
  it('a town is asked as the subdistrict it became; its pipe-row page date; cited as printed', () => {
    const r = engine.ask({ question: '青川市柳溪街道办事处的2019年决算是哪天发布的？' })
    expect(r.answer).toContain('2020-08-20')
    // (its 发布机构, the 街道办事处 the town became, printed in its particulars grid, is the organisation, cited as printed:
    // session 42)
    expect(r.citations.some((c) => c.orgPrinted === '青川市柳溪街道辦事處')).toBe(true)
  })
  it('a 目录 part asked with words between the part and its verb', () => {
    const r = engine.ask({ question: '柳溪街道办2019年决算第三部分都说明了哪些事项？' })
    expect(r.answer).toMatch(/國有資產|国有资产/)
  })
})
