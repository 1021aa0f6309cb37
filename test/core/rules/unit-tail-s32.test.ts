import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 32: a department's 决算 as one web page with its tables. Made-up city, units and figures.
 * - A member unit is asked by the tail of its own words, its leading modifier dropped ("澜江检验检测中心" of
 *   澜江市产品质量检验检测中心), or by the common short form its own name already uses ("澜江市场监管信息中心", read
 *   as the question reads it: 市场监督管理); its row answers (rule unit-abbrev, placed-member). A money group's own 小计
 *   (财政拨款收入 › 小计) is asked by the group's name, and said by it.
 * - A part's share of 基本支出 from a 基本支出表 of stacked blocks, each closed by its total line (人员经费合计), the whole
 *   the 基本支出 the document prints where the parts add up to it (rule basic-parts-share).
 * - 基本、项目 said as a pair ("其中基本、项目各多少") are 基本支出 and 项目支出 (rule spoken-columns).
 * - A fund's share of a side said alone ("一般公共预算占收入的比例"): its line of that side over the side's total (rule
 *   side-whole-share), never its column of a spending line over the 支出总计.
 * - "一般公共预算基本支出里人员经费和公用经费": the fund's own 基本支出表 (经济分类, 人员经费 and 公用经费 side by side),
 *   never the all-funds 支出决算表's columns (rule nested-columns).
 */
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜江市市场监督管理局2024年部门决算</title></head><body>
<p>澜江市市场监督管理局2024年部门决算</p>
<p>一、部门基本情况</p>
<p>本部门决算包括局机关和所属三个事业单位：澜江市产品质量检验检测中心、澜江市食品药品稽查支队、澜江市市场监管信息中心。</p>
<p>表1 收入决算表</p><p>单位：万元</p>
<table><tr><td rowspan="2">单位名称</td><td rowspan="2">本年收入合计</td><td colspan="2">财政拨款收入</td><td rowspan="2">事业收入</td><td rowspan="2">其他收入</td></tr>
${row(['小计', '其中：政府性基金预算财政拨款'])}
${row(['合计', '3,800.00', '3,500.00', '0.00', '240.00', '60.00'])}
${row(['澜江市市场监督管理局（本级）', '2,600.00', '2,590.00', '0.00', '0.00', '10.00'])}
${row(['澜江市产品质量检验检测中心', '620.00', '360.00', '0.00', '240.00', '20.00'])}
${row(['澜江市食品药品稽查支队', '330.00', '320.00', '0.00', '0.00', '10.00'])}
${row(['澜江市市场监管信息中心', '250.00', '230.00', '0.00', '0.00', '20.00'])}</table>
<p>表2 支出决算表</p><p>单位：万元</p>
<table><tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">本年支出合计</td><td colspan="3">基本支出</td><td rowspan="2">项目支出</td></tr>
${row(['小计', '人员经费', '公用经费'])}
${row(['', '合计', '3,800.00', '3,300.00', '2,900.00', '400.00', '500.00'])}
${row(['201', '一般公共服务支出', '3,800.00', '3,300.00', '2,900.00', '400.00', '500.00'])}</table>
<p>表5 一般公共预算财政拨款基本支出决算表</p><p>单位：万元</p>
<table><tr><td colspan="3">人员经费</td><td colspan="3">公用经费</td></tr>
${row(['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'])}
${row(['301', '工资福利支出', '2,500.00', '302', '商品和服务支出', '310.00'])}
${row(['303', '对个人和家庭的补助', '300.00', '310', '资本性支出', '40.00'])}
${row(['', '人员经费合计', '2,800.00', '', '公用经费合计', '350.00'])}</table>
</body></html>`

/** A 基本支出表 printed as two stacked blocks, each closed by its own total line, and no 基本支出 line of its own. */
const STACKED = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜江市东湖街道办事处2024年部门决算</title></head><body>
<p>澜江市东湖街道办事处2024年部门决算</p>
<p>表2 支出决算表</p><p>单位：元</p>
<table>${row(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'])}
${row(['', '合计', '1,000,000.00', '800,000.00', '200,000.00'])}
${row(['201', '一般公共服务支出', '1,000,000.00', '800,000.00', '200,000.00'])}</table>
<p>表5 一般公共预算财政拨款基本支出决算表</p><p>单位：元</p>
<table>${row(['科目编码', '科目名称', '决算数'])}
${row(['301', '工资福利支出', '650,000.00'])}
${row(['303', '对个人和家庭的补助', '30,000.00'])}
${row(['', '人员经费合计', '680,000.00'])}
${row(['302', '商品和服务支出', '120,000.00'])}
${row(['', '公用经费合计', '120,000.00'])}</table>
</body></html>`

/** A 收入总表 by source and a 财政拨款收支总表 whose spending lines print each fund's column. */
const SOURCES = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜江市档案局2025年部门预算</title></head><body>
<p>澜江市档案局2025年部门预算</p>
<p>表1 收入总表</p><p>单位：万元</p>
<table>${row(['项目', '预算数'])}
${row(['一、一般公共预算拨款收入', '900.00'])}
${row(['二、事业收入', '100.00'])}
${row(['本年收入合计', '1,000.00'])}</table>
<p>表4 财政拨款收支总表</p><p>单位：万元</p>
<table>${row(['项目', '合计', '一般公共预算', '政府性基金预算'])}
${row(['本年支出合计', '900.00', '900.00', '0.00'])}
${row(['支出总计', '900.00', '900.00', '0.00'])}</table>
</body></html>`

describe('a member unit by its own words’ tail, the fund’s own basic spending', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'lanjiang-scjgj-2024-bmjs.html', bytes: new TextEncoder().encode(PAGE) },
    { name: 'lanjiang-donghu-jdb-2024-bmjs.html', bytes: new TextEncoder().encode(STACKED) },
    { name: 'lanjiang-daj-2025-bmys.html', bytes: new TextEncoder().encode(SOURCES) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a unit asked without its leading modifier', () => {
    const a = ask('澜江检验检测中心事业收入多少')
    expect(a).toContain('240.00万元')
    expect(a).toContain('澜江市产品质量检验检测中心')
  })
  it('reads a unit asked by the short form its name uses', () => {
    const a = ask('澜江市场监管信息中心本年收入合计是多少')
    expect(a).toContain('250.00万元')
  })
  it('reads a group’s own subtotal asked by the group’s name, said by that name', () => {
    const a = ask('澜江市场监管局本级拿了多少财政拨款')
    expect(a).toContain('2,590.00万元')
    expect(a).toContain('财政拨款收入')
    expect(a).not.toContain('2,600.00')
  })
  it('takes a part’s share of 基本支出 from the total lines closing its blocks', () => {
    const a = ask('东湖街道基本支出里人员经费占多少')
    expect(a).toContain('85.00%')
    expect(a).toContain('680,000.00')
  })
  it('reads 基本、项目 said as a pair as the two columns', () => {
    const a = ask('澜江市监局一般公共服务支出合计多少，其中基本、项目各多少')
    expect(a).toContain('3,300.00万元')
    expect(a).toContain('500.00万元')
  })
  it('takes a fund’s share of a side said alone from that side’s lines', () => {
    const a = ask('澜江市档案局一般公共预算占收入的比例')
    expect(a).toContain('90.00%')
    expect(a).not.toContain('100.00%')
  })
  it('reads the fund’s own basic spending table for its parts', () => {
    const a = ask('澜江市监局一般公共预算基本支出里人员经费和公用经费各多少')
    expect(a).toContain('2,800.00万元')
    expect(a).toContain('350.00万元')
    expect(a).not.toContain('2,900.00')
  })
})
