import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: a district's report whose title the page breaks over three lines inside its words ("关于某区2021年财政" /
 * "预算执行情况及2022年财政" / "预算草案的报告") is that place's 财政预算 of 2022 (rule fiscal-budget-title, lines that go on);
 * its 2021 execution asked is read from the prose, where the page dropped a year's 年 ("2021全区…", rule prose-subjects)
 * and the question leaves out the fund's 预算 ("政府性基金收入" of 政府性基金预算收入). Made-up place and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>财政报告</title></head><body>
<p>财政报告</p>
<p>关于岑江市澜川区2021年财政</p>
<p>预算执行情况及2022年财政</p>
<p>预算草案的报告</p>
<p>各位代表:</p>
<p>一、2021年财政预算执行情况</p>
<p>(一)预算收支总体概况</p>
<p>1.一般公共预算执行情况</p>
<p>2021全区一般公共预算收入完成88.4亿元,完成年度预算的101.2%,同比增长6.1%。</p>
<p>2.政府性基金预算执行情况</p>
<p>2021全区政府性基金预算收入完成61.7亿元,完成年度预算的93.5%,同比增长4.2%。</p>
<p>3.国有资本经营预算执行情况</p>
<p>2021全区国有资本经营预算收入完成1.2亿元。</p>
<p>二、2022年财政预算草案</p>
<p>2022年全区一般公共预算收入预期目标92.0亿元。</p>
</body></html>`

describe('a report whose title is broken over three lines', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanchuan-czj-2021-ysbg.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('is the place\u2019s 财政预算 of the draft\u2019s year', () => {
    const d = corpus.documents[0]
    expect(d.scope).toBe('财政预算')
    expect(d.year).toBe(2022)
    expect(d.title).toContain('2021年财政预算执行情况及2022年财政预算草案的报告')
  })
  it('answers the executed year from the prose, the year’s 年 dropped and the fund’s 预算 unsaid', () => {
    const r = engine.ask({ question: '澜川区2021年政府性基金收入多少' })
    expect(r.answer).toContain('61.7亿元')
    expect(r.answer).not.toContain('88.4')
  })
  it('says a change it cannot read is not given, beside the year’s own figure', () => {
    const r = engine.ask({ question: '澜川区2021年国有资本经营预算收入比上年增长多少' })
    expect(r.answer).toContain('1.2亿元')
    expect(r.answer).toMatch(/无法计算变化/)
  })
})
