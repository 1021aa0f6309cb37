import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 41: a made-up county hospital's 单位预算 (no real place or figure) whose 基本支出预算表 counts every fund
 * (人员经费 1,000.00 + 公用经费 300.00, 事业收入 paying part of the 公用经费) while its 一般公共预算支出表 prints the
 * fund's own 基本支出 › 小计 | 人员经费 | 公用经费 (1,000.00 + 100.00). 基本支出's parts asked with no fund are the
 * whole's (rule all-funds-first for column parts); asked of the 一般公共预算, the fund's (rule fund-basic-table).
 */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑澜县妇幼保健院2025年单位预算</title></head><body>
<p>岑澜县妇幼保健院2025年单位预算</p>
<p>2025年支出预算2,000.00万元，其中：基本支出1,300.00万元，项目支出700.00万元。</p>
<p>表1 收支总表</p><p>单位：万元</p>
<table>${tr(['项目', '预算数', '项目', '预算数'])}${tr(['一、一般公共预算拨款收入', '1,500.00', '一、卫生健康支出', '2,000.00'])}${tr(['二、事业收入', '500.00', '', ''])}${tr(['本年收入合计', '2,000.00', '本年支出合计', '2,000.00'])}</table>
<p>表3 支出总表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['2100403', '妇幼保健机构', '2,000.00', '1,300.00', '700.00'])}${tr(['', '合计', '2,000.00', '1,300.00', '700.00'])}</table>
<p>表5 一般公共预算支出表</p><p>单位：万元</p>
<table><tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="3">基本支出</td><td rowspan="2">项目支出</td></tr>
<tr><td>小计</td><td>人员经费</td><td>公用经费</td></tr>
${tr(['2100403', '妇幼保健机构', '1,500.00', '1,100.00', '1,000.00', '100.00', '400.00'])}${tr(['', '合计', '1,500.00', '1,100.00', '1,000.00', '100.00', '400.00'])}</table>
<p>表6 基本支出预算表</p><p>单位：万元</p>
<table>${tr(['经济科目编码', '经济科目名称', '合计', '人员经费', '公用经费'])}${tr(['301', '工资福利支出', '1,000.00', '1,000.00', ''])}${tr(['302', '商品和服务支出', '300.00', '', '300.00'])}${tr(['', '合计', '1,300.00', '1,000.00', '300.00'])}</table>
</body></html>`

describe('基本支出’s parts with one fund’s table beside the whole’s', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'cenlan-fybjy-2025-dwys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('no fund asked: the 基本支出表 of every fund, never the 一般公共预算 part first', () => {
    const a = ask('岑澜县妇幼保健院2025年基本支出里人员经费和公用经费各是多少')
    expect(a).toMatch(/公用经费[^。；]*?300\.00万元/u)
    expect(a).not.toMatch(/公用经费为100\.00万元/u)
  })
  it('the 一般公共预算 asked: the fund’s own columns, said with the fund', () => {
    const a = ask('岑澜县妇幼保健院2025年一般公共预算基本支出中公用经费是多少')
    expect(a).toContain('100.00万元')
    expect(a).not.toContain('300.00万元')
    expect(a).toContain('一般公共预算基本支出')
  })
})
