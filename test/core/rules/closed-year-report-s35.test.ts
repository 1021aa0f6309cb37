import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { checkDocument } from '../../../server/core/checks/check-document.js'

/**
 * Session 35: a county's 预算执行情况和预算草案 report with its 附表 of the closed year (预算数, 执行数, 为预算%, 上年执行数,
 * 比上年增长%). Its 一般公共预算收入 is the place's own revenue, never equal to its spending: the tables reconcile (no
 * income-vs-spending check of a place's report); the closed year's figure is its 执行数 (rule closed-year-execution),
 * its 预算数 when the budget is asked; a change against 上年执行数 is set against the 执行数 (rule like-stage); the
 * printed 比上年增长% of a table of the closed year is read (printed-change, of the figure's own year). Made-up names
 * and figures. Its prose of the closed year is checked against that year's table, never the next year's (section year),
 * and the table answers that year's subject, the prose's different figure said to disagree (rule table-of-the-year);
 * 预算和执行 asks both columns.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于青原县2024年预算执行情况和2025年预算草案的报告</title></head><body>
<p>关于青原县2024年预算执行情况和2025年预算草案的报告</p>
<p>——2025年1月10日在青原县第十八届人民代表大会第五次会议上</p>
<p>县财政局局长 王某某</p>
<p>一、2024年预算执行情况</p>
<p>（一）一般公共预算执行情况</p>
<p>全县一般公共预算收入完成12.35亿元，为预算的101.2%，增长4.6%。其中，税收收入完成8.62亿元，增长3.1%；非税收入完成3.73亿元，增长8.2%。</p>
<p>重点支出中：教育支出70251万元，为预算的100.4%。</p>
<p>附表1</p>
<table>
<tr><td colspan="6">青原县2024年一般公共预算收入执行表</td></tr>
<tr><td colspan="6">单位：万元</td></tr>
<tr><td>项目</td><td>预算数</td><td>执行数</td><td>为预算%</td><td>上年执行数</td><td>比上年增长%</td></tr>
<tr><td>一般公共预算收入合计</td><td>122000</td><td>123500</td><td>101.2</td><td>118069</td><td>4.6</td></tr>
<tr><td>一、税收收入</td><td>85000</td><td>86200</td><td>101.4</td><td>83608</td><td>3.1</td></tr>
<tr><td>增值税</td><td>40000</td><td>40500</td><td>101.3</td><td>39000</td><td>3.8</td></tr>
<tr><td>企业所得税</td><td>15000</td><td>15200</td><td>101.3</td><td>14900</td><td>2.0</td></tr>
<tr><td>个人所得税</td><td>5000</td><td>5100</td><td>102.0</td><td>4900</td><td>4.1</td></tr>
<tr><td>契税</td><td>25000</td><td>25400</td><td>101.6</td><td>24808</td><td>2.4</td></tr>
<tr><td>二、非税收入</td><td>37000</td><td>37300</td><td>100.8</td><td>34461</td><td>8.2</td></tr>
<tr><td>专项收入</td><td>12000</td><td>12100</td><td>100.8</td><td>11000</td><td>10.0</td></tr>
<tr><td>行政事业性收费收入</td><td>10000</td><td>10200</td><td>102.0</td><td>9461</td><td>7.8</td></tr>
<tr><td>罚没收入</td><td>15000</td><td>15000</td><td>100.0</td><td>14000</td><td>7.1</td></tr>
</table>
<p>附表2</p>
<table>
<tr><td colspan="6">青原县2024年一般公共预算支出执行表</td></tr>
<tr><td colspan="6">单位：万元</td></tr>
<tr><td>科目编码</td><td>项目</td><td>预算数</td><td>执行数</td><td>为预算%</td><td>比上年增长%</td></tr>
<tr><td></td><td>一般公共预算支出合计</td><td>300000</td><td>295000</td><td>98.3</td><td>5.1</td></tr>
<tr><td>201</td><td>一般公共服务支出</td><td>40000</td><td>39000</td><td>97.5</td><td>2.0</td></tr>
<tr><td>205</td><td>教育支出</td><td>70000</td><td>70215</td><td>100.3</td><td>5.1</td></tr>
<tr><td>208</td><td>社会保障和就业支出</td><td>90000</td><td>88785</td><td>98.7</td><td>6.0</td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>100000</td><td>97000</td><td>97.0</td><td>—</td></tr>
</table>
<p>附表3</p>
<table>
<tr><td colspan="3">青原县2025年一般公共预算支出预算表</td></tr>
<tr><td colspan="3">单位：万元</td></tr>
<tr><td>科目编码</td><td>项目</td><td>2025年预算数</td></tr>
<tr><td></td><td>一般公共预算支出合计</td><td>310000</td></tr>
<tr><td>201</td><td>一般公共服务支出</td><td>41000</td></tr>
<tr><td>205</td><td>教育支出</td><td>71800</td></tr>
<tr><td>208</td><td>社会保障和就业支出</td><td>92200</td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>105000</td></tr>
</table>
</body></html>`

describe('a county report with its closed year’s execution tables', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'qingyuan-czj-2025-ysbg.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reconciles the income and spending tables apart', () => {
    // (and the 2025 budget table is never checked against the 2024 execution table)
    expect(corpus.documents[0].tables.map((t) => t.reconciled)).toEqual(['ok', 'ok', 'ok'])
  })
  it('reads the closed year’s figure as executed', () => {
    const a = ask('青原县2024年卫生健康支出是多少')
    expect(a).toContain('97000万元')
    expect(a).not.toContain('100000万元')
  })
  it('reads the budget column when the budget is asked', () => {
    expect(ask('青原县2024年卫生健康支出预算数是多少')).toContain('100000万元')
  })
  it('sets the 执行数 against the 上年执行数', () => {
    const a = ask('青原县2024年增值税比上年增长多少')
    expect(a).toContain('1,500.00万元')
    expect(a).toContain('3.8%')
    expect(a).not.toContain('1,000.00万元')
  })
  it('answers the closed year from its table and says the prose disagrees', () => {
    const a = ask('青原县2024年教育支出执行了多少')
    expect(a).toMatch(/^[^。]*70215万元/u)
    expect(a).toContain('不一致')
    const findings = checkDocument(corpus.documents[0]).filter((f) => f.kind === 'prose-table')
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain('70215')
  })
  it('reads 预算 and 执行 asked together', () => {
    const a = ask('青原县2024年卫生健康支出预算和执行各多少')
    expect(a).toContain('100000万元')
    expect(a).toContain('97000万元')
  })
  it('reads the printed growth of the closed year’s row', () => {
    const a = ask('青原县2024年教育支出比上年增长多少')
    expect(a).toContain('5.1%')
    expect(a).toContain('70215万元')
    expect(a).not.toMatch(/预算为70215/)
  })
})
