import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const table = (title: string, head: string, rows: string[]) => `<p>${title}</p><p>单位：万元</p><table>${head}${rows.join('')}</table>`

/** A made-up county bureau's 决算 with real tables: one fund's table beside the all-funds one, per-unit income, side-by-side 基本支出. */
const PAGE = [
  '<html><head><title>橙溪县城市管理局2024年度部门决算</title></head><body>',
  '<p>橙溪县城市管理局2024年度部门决算</p>',
  table('表1　收入支出决算总表', row('项目', '决算数', '项目', '决算数'), [
    row('一、一般公共预算财政拨款收入', '2,100.00', '一、城乡社区支出', '2,400.00'),
    row('二、政府性基金预算财政拨款收入', '100.00', '', ''),
    row('三、事业收入', '200.00', '', ''),
    row('本年收入合计', '2,400.00', '本年支出合计', '2,400.00'),
    row('总计', '2,400.00', '总计', '2,400.00'),
  ]),
  table('表2　收入决算表', row('单位名称', '本年收入合计', '一般公共预算', '政府性基金预算', '事业收入'), [
    row('合计', '2,400.00', '2,100.00', '100.00', '200.00'),
    row('橙溪县城市管理局（本级）', '700.00', '700.00', '', ''),
    row('橙溪县环境卫生所', '1,200.00', '1,000.00', '', '200.00'),
    row('橙溪县城市管理监察大队', '500.00', '400.00', '100.00', ''),
  ]),
  table('表3　支出决算表', row('科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'), [
    row('', '合计', '2,400.00', '1,000.00', '1,400.00'),
    row('2120101', '行政运行', '520.00', '520.00', ''),
    row('2120501', '城乡社区环境卫生', '1,780.00', '480.00', '1,300.00'),
    row('2120803', '城市建设支出', '100.00', '', '100.00'),
  ]),
  '<p>表4　一般公共预算财政拨款支出决算表</p><p>单位：万元</p><table>',
  '<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">年初预算数</td><td colspan="3">2024年决算数</td><td rowspan="2">2023年决算数</td></tr>',
  row('小计', '基本支出', '项目支出'),
  row('', '合计', '2,000.00', '2,100.00', '1,000.00', '1,100.00', '1,900.00'),
  row('2120101', '行政运行', '500.00', '520.00', '520.00', '', '480.00'),
  row('2120501', '城乡社区环境卫生', '1,500.00', '1,580.00', '480.00', '1,100.00', '1,420.00'),
  '</table>',
  '<p>表5　一般公共预算财政拨款基本支出决算明细表</p><p>单位：万元</p><table>',
  '<tr><td colspan="3">人员经费</td><td colspan="3">公用经费</td></tr>',
  row('经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数'),
  row('30101', '基本工资', '600.00', '30201', '办公费', '50.00'),
  row('30102', '津贴补贴', '250.00', '30211', '差旅费', '100.00'),
  row('人员经费合计', '', '850.00', '公用经费合计', '', '150.00'),
  '</table>',
  '<p>一、收入支出决算总体情况说明</p>',
  '<p>2024年度收入、支出总计均为2,400.00万元。与2023年度相比，收入、支出总计各增加300.00万元，增长14.29%。</p>',
  '<p>2024年度本年支出合计2,400.00万元，其中：基本支出1,000.00万元，占41.67%；项目支出1,400.00万元，占58.33%。分单位看，局本级700.00万元，环卫所1,200.00万元，监察大队500.00万元。</p>',
  '<p>二、一般公共预算财政拨款支出决算情况说明</p>',
  '<p>2024年度一般公共预算财政拨款支出2,100.00万元，年初预算为2,000.00万元，完成年初预算的105.00%；比2023年度的1,900.00万元增加200.00万元，增长10.53%。</p>',
  '<p>1.行政运行（项）2120101：年初预算500.00万元，支出决算520.00万元，完成年初预算的104.00%。主要用于机关日常运转。决算数大于年初预算数的主要原因是年中调资。</p>',
  '<p>三、政府性基金预算财政拨款收入支出决算情况说明</p>',
  '<p>2024年度政府性基金预算财政拨款收入100.00万元，支出100.00万元。</p>',
  '</body></html>',
].join('\n')

const extra = await readSources([{ name: 'chengxi-cgj-2024-js.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a 决算 with one fund’s table beside the all-funds one', () => {
  it('reads an economic subject’s figure, never its 经济分类科目编码 (a code column under a 人员经费 group)', () => {
    const res = ask('橙溪城管局基本工资决算多少？')
    expect(res.answer).toContain('600.00万元')
    expect(res.answer).not.toContain('30101万元')
  })

  it('computes a change inside one table (rule same-table-change), never 决算 of all funds minus one fund’s 2023', () => {
    const res = ask('橙溪城管局城乡社区环境卫生2024年决算比2023年决算增加多少？')
    expect(res.answer).toContain('160.00万元')
    expect(res.answer).not.toContain('360.00')
    expect(ask('橙溪城管局城乡社区环境卫生（一般公共预算）2024年决算比2023年决算增加多少？').answer).toContain('160.00万元')
  })

  it('answers 收支总计 from the 总计 line only (rule grand-total), its change as the prose states it', () => {
    const res = ask('橙溪县城管局2024年收支总计比2023年增加了多少？')
    expect(res.answer).toContain('300.00万元')
    expect(res.answer).not.toContain('1,900.00')
  })

  it('gives a completion rate as a rate, never a money cell, and no made-up contradiction of a fund’s 支出', () => {
    const res = ask('橙溪县城管局一般公共预算财政拨款支出完成年初预算的多少？')
    expect(res.answer).toContain('105.00%')
    expect(res.answer).not.toMatch(/比例[^。]*万元/)
    expect(res.answer).not.toContain('不一致')
  })

  it('reads the budget-gap reason after a sentence of what the money is for', () => {
    expect(ask('橙溪城管局行政运行为什么超过年初预算？').answer).toContain('年中调资')
  })

  it('finds a member unit said by its short form, 城市 kept in its name', () => {
    const res = ask('橙溪县城管监察大队2024年收入多少？')
    expect(res.answer).toContain('500.00万元')
  })

  it('reads a member said by a short form beside its department, a leading word dropped (rule named-member-short)', () => {
    const res = ask('橙溪县城管局监察大队2024年收入多少？')
    expect(res.answer).toContain('橙溪县城市管理监察大队')
    expect(res.answer).toContain('500.00万元')
    // the department's own figure is never the unit's
    expect(ask('橙溪县城管局监察大队2024年基本工资多少？').answer).not.toContain('600.00')
    // a name's tail is no short form: 社区卫生所 is not 环境卫生所
    expect(ask('橙溪县城管局社区卫生所2024年收入多少？').answer).not.toContain('1,200.00')
  })

  it('reads a unit’s spending from a sentence splitting the total by unit (rule prose-unit-split), and its share', () => {
    expect(ask('橙溪县城管局监察大队2024年支出了多少？').answer).toContain('500.00万元')
    const share = ask('橙溪县环卫所支出占城管局全部门本年支出的比例是多少？').answer
    expect(share).toContain('50.00%')
    expect(share).not.toContain('合计合计')
  })

  it('sets the prose’s own change beside the computed one when its sentence runs on past the 年初预算 (；比2023年度的…增加…)', () => {
    expect(ask('橙溪县城管局一般公共预算财政拨款支出比2023年多了多少？').answer).toContain('10.53%')
  })

  it('reads a member’s short form at the question’s start, its department named after it', () => {
    expect(ask('监察大队2024年收入占橙溪县城管局本年收入合计的比例是多少？').answer).toContain('20.83%')
  })

  it('reads a completion rate asked after the row’s fund (行政运行(2120101)一般公共预算支出完成年初预算的…)', () => {
    expect(ask('橙溪城管局城乡社区环境卫生(2120501)一般公共预算支出完成年初预算的百分之几？').answer).toContain('105.33%')
  })
})
