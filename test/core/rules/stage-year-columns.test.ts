import { describe, expect, it } from 'vitest'
import { kindByRows } from '../../../server/core/parse/kind-by-rows.js'
import type { ConceptHit } from '../../../server/core/planner/question-frame.js'
import { totalOfRow } from '../../../server/core/planner/rules/total-of-row.js'
import type { Table } from '../../../server/core/schema.js'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

const tableOf = (names: string[]): Table => ({
  id: 'd/t0', docId: 'd', index: 0, title: '', kind: 'other', year: 2021, columns: [], fields: [], noData: false, notes: [],
  lines: [1, 1], headerLines: [], captionLines: [],
  rows: names.map((name, index) => ({ id: `d/t0/r${index}`, index, name, level: 0, isTotal: false, cells: [], lines: [index + 2, index + 2] as [number, number] })),
})

describe('rule kind-by-rows', () => {
  it('a captionless table of the 三公 items is a 三公 table', () => {
    const t = tableOf(['合计', '1、因公出国(境)费', '2、公务接待费', '3、公务用车购置及运行费', '其中:(1)公务用车购置费'])
    kindByRows(t)
    expect(t.kind).toBe('three-public')
  })

  it('a table that also lists other subjects stays what its title says', () => {
    const t = tableOf(['合计', '公务接待费', '公务用车运行维护费', '办公费', '印刷费'])
    kindByRows(t)
    expect(t.kind).toBe('other')
  })
})

describe('rule total-of-row on a concept', () => {
  const hit = (text: string, words: string, extra: Partial<ConceptHit> = {}): ConceptHit => {
    const start = text.indexOf(words)
    return { name: words, kind: 'lexicon', start, end: start + words.length, surface: words, ...extra }
  }
  it('"三公经费预算总额" is the 三公 total, not a second subject', () => {
    const q = '三公经费预算总额是多少'
    const r = totalOfRow([hit(q, '三公经费'), hit(q, '预算总额', { name: '支出预算' })], [], q)
    expect(r.subjects.map((s) => s.name)).toEqual(['三公经费'])
  })
  it('a total named apart ("三公经费和预算总额") stays a subject of its own', () => {
    const q = '三公经费和预算总额各多少'
    const r = totalOfRow([hit(q, '三公经费'), hit(q, '预算总额', { name: '支出预算' })], [], q)
    expect(r.subjects).toHaveLength(2)
  })
})

// a county page in the Jiangxi manner: a heading ending in 情况 (no 表), each year's column headed by its year and stage,
// and a summary line in the page's info box whose increase contradicts the table
const page = `<html><head><meta charset="utf-8"><title>青禾县2021年“三公”经费预算情况 - 青禾县人民政府</title></head><body>
<div class="head">青禾县人民政府 <span>www.qinghe.gov.cn</span></div>
<table class="xxgk"><tr><td>索引号：000000/2021-00001</td><td>分类：财政预决算</td></tr>
<tr><td>发布机构：青禾县财政局</td><td>发布日期：2021-03</td></tr></table>
<p>摘要：全县县级部门汇总2021年一般公共预算“三公”经费预算,较上年预算增加90.00万元。</p>
<h1>青禾县2021年“三公”经费预算情况</h1>
<p>公开单位：青禾县人民政府</p>
<p>单位:万元</p>
<table>
<tr><td>项目</td><td>2020年预算数</td><td>2021年预算数</td><td>增减</td><td>增减原因</td></tr>
<tr><td>合计</td><td>812.40</td><td>760.25</td><td>-52.15</td><td></td></tr>
<tr><td>1、因公出国(境)费用</td><td>0</td><td>0</td><td>0</td><td></td></tr>
<tr><td>2、公务接待费</td><td>300.10</td><td>255.05</td><td>-45.05</td><td>压减一般性支出</td></tr>
<tr><td>3、公务用车购置及运行费</td><td>512.30</td><td>505.20</td><td>-7.10</td><td></td></tr>
</table>
<p>2021年,全县县级部门汇总一般公共预算“三公”经费预安排760.25万元,较上年预算减少52.15万元。</p>
</body></html>`

describe('a column headed with another year and a stage is that year’s figure at that stage', () => {
  const engine = engineWith([{ name: 'qinghe-2021-sangong.html', bytes: enc(page) }])

  it('reads the earlier year from its own column, never from a computation on the summary', () => {
    const r = engine.ask({ question: '青禾县2020年“三公”经费预算是多少？' })
    expect(r.answer).toContain('812.40')
    expect(r.answer).not.toMatch(/670\.25|推算/)
    expect(r.citations.some((c) => c.kind === 'row' && c.column === '2020年预算数')).toBe(true)
  })

  it('reads this year from this year’s column', () => {
    const r = engine.ask({ question: '青禾县2021年“三公”经费预算总额是多少？' })
    expect(r.answer).toContain('760.25')
    expect(r.answer).not.toContain('没有找到')
    expect(r.citations.some((c) => c.kind === 'row' && c.column === '2021年预算数')).toBe(true)
  })
})

// a 决算 whose 总表 does not add up, and an empty 政府性基金 line (its organisation named: a document held as "metadata needed" answers nothing)
const final = [
  '东岭镇人民政府2023年部门决算', '', '表1 财政拨款收入支出决算表', '单位：万元',
  '项目\t金额',
  '一、一般公共预算财政拨款\t640.00',
  '二、政府性基金预算财政拨款\t',
  '本年收入合计\t650.00',
].join('\n')

describe('a plain none carries no amount', () => {
  const engine = engineWith([{ name: 'town-final.txt', bytes: enc(final) }])
  it('an empty cell answered as not stated gets no note quoting the table’s sums', () => {
    const r = engine.ask({ question: '东岭镇人民政府2023年政府性基金预算财政拨款支出多少？' })
    expect(r.answer).toMatch(/没有|未列/)
    expect(r.answer).not.toMatch(/\d+(?:\.\d+)?万元/)
  })
})

// a 决算 收支总表: 本年收入合计 (this year's flows) apart from 总计 (with 年初结转和结余), and the prose's change of it
const totals = [
  '青禾县柳塘乡2023年度部门决算', '', '表1 收入支出决算表', '编制单位：青禾县柳塘乡', '单位：万元',
  '项目\t金额\t项目\t金额',
  '一、一般公共预算财政拨款收入\t402.10\t一、一般公共服务支出\t388.60',
  '二、其他收入\t5.00\t二、农林水支出\t40.90',
  '本年收入合计\t407.10\t本年支出合计\t429.50',
  '年初结转和结余\t30.40\t年末结转和结余\t8.00',
  '总计\t437.50\t总计\t437.50',
  '', '第三部分 2023年度部门决算情况说明', '',
  '本部门2023年度收入总计437.50万元，其中本年收入合计407.10万元，比上年增加21.35万元，主要原因是农田水利项目资金增加。',
].join('\n')

describe('rule this-year-total', () => {
  const engine = engineWith([{ name: 'township-final.txt', bytes: enc(totals) }])
  it('本年收入合计 is the printed line, not 总计 with the carry-overs', () => {
    const r = engine.ask({ question: '柳塘乡2023年本年收入合计是多少？' })
    expect(r.answer).toContain('407.10')
    expect(r.answer).not.toContain('437.50')
    expect(r.citations.some((c) => c.kind === 'row' && c.rowName === '本年收入合计')).toBe(true)
  })
  it('本年收入 against last year: the change the prose states for that line', () => {
    const r = engine.ask({ question: '柳塘乡2023年本年收入比上年增加还是减少？变动多少？' })
    expect(r.answer).toContain('407.10')
    expect(r.answer).toContain('21.35')
  })
})

// a budget whose economic-class table splits 基本支出 by class (no 人员经费 | 公用经费 columns), the prose naming the parts
const economic = [
  '青禾县农业农村局2026年部门预算', '', '表6 一般公共预算支出预算明细表（按经济分类科目）', '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t912.30\t702.30\t210.00',
  '301\t工资福利支出\t560.10\t560.10\t',
  '302\t商品和服务支出\t262.20\t52.20\t210.00',
  '303\t对个人和家庭的补助\t90.00\t90.00\t',
  '', '四、一般公共预算基本支出情况', '',
  '2026年一般公共预算基本支出702.30万元，其中：人员经费650.10万元，主要包括基本工资、津贴补贴等；公用经费52.20万元，主要包括办公费、差旅费等。',
].join('\n')

describe('rule prose-part-column', () => {
  const engine = engineWith([{ name: 'qinghe-agri-2026.txt', bytes: enc(economic) }])
  it('人员经费 and 公用经费 of 基本支出 from the sentence that names them, when no table has those columns', () => {
    const r = engine.ask({ question: '青禾县农业农村局2026年基本支出中人员经费和公用经费各多少？' })
    expect(r.answer).toContain('650.10')
    expect(r.answer).toContain('52.20')
    expect(r.answer).not.toContain('一栏')
  })
})

// a 三公 table that lists years down its rows, and the prose stating this year's total
const yearRows = [
  '青禾县水利局2026年单位预算', '', '表7 一般公共预算“三公”经费支出表', '单位：万元',
  '年度\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费',
  '2025年预算数\t21.30\t0.00\t16.10\t5.20',
  '2026年预算数\t19.70\t0.00\t15.20\t4.50',
  '', '七、“三公”经费预算情况说明', '',
  '2026年“三公”经费预算19.70万元，较上年减少1.60万元。',
].join('\n')

describe('a table whose rows are years', () => {
  const engine = engineWith([{ name: 'qinghe-water-2026.txt', bytes: enc(yearRows) }])
  it('each figure carries its row’s year, and the prose agrees with this year’s row', () => {
    const r = engine.ask({ question: '青禾县水利局2025年和2026年“三公”经费预算分别是多少？' })
    expect(r.answer).toMatch(/2025年[^0-9]*21\.30/)
    expect(r.answer).toMatch(/2026年[^0-9]*19\.70/)
    expect(r.answer).not.toContain('不一致')
  })
})

// a budget's 三公 table printing last year at two stages; either order of the two columns
const twoStages = (finalFirst: boolean) => {
  const head = finalFirst ? '项目\t2024年决算数\t2024年预算数\t2025年预算数' : '项目\t2024年预算数\t2024年决算数\t2025年预算数'
  const row = (name: string, plan: string, spent: string, next: string) => (finalFirst ? `${name}\t${spent}\t${plan}\t${next}` : `${name}\t${plan}\t${spent}\t${next}`)
  return [
    '青禾县文旅局2025年部门预算', '', '表7 “三公”经费预算表', '单位：万元', head,
    row('合计', '30.00', '26.40', '28.50'),
    row('因公出国（境）费', '0.00', '0.00', '0.00'),
    row('公务用车购置及运行费', '20.00', '18.20', '19.00'),
    row('公务接待费', '10.00', '8.20', '9.50'),
  ].join('\n')
}

describe.each([false, true])('rule year-stage-column (决算 column first: %s)', (finalFirst) => {
  const engine = engineWith([{ name: `qinghe-culture-2025-${finalFirst}.txt`, bytes: enc(twoStages(finalFirst)) }])
  it('last year’s 决算 asked: the year’s 决算 column, not refused', () => {
    const r = engine.ask({ question: '青禾县文旅局2024年“三公”经费决算是多少？' })
    expect(r.answer).toContain('26.40')
    expect(r.answer).not.toContain('30.00')
    expect(r.citations.some((c) => c.kind === 'row' && c.column === '2024年决算数')).toBe(true)
    const spent = engine.ask({ question: '青禾县文旅局2024年公务接待费实际支出多少？' })
    expect(spent.answer).toContain('8.20')
    expect(spent.answer).not.toContain('10.00')
  })
  it('last year with no stage, or its 预算: the budget’s own stage, whatever the column order', () => {
    for (const q of ['青禾县文旅局2024年“三公”经费预算是多少？', '青禾县文旅局2024年公务接待费是多少？']) {
      const r = engine.ask({ question: q })
      expect(r.answer).toMatch(/30\.00|10\.00/)
      expect(r.answer).not.toMatch(/26\.40|8\.20/)
    }
  })
  it('this year’s 决算 of a budget is still not held', () => {
    const r = engine.ask({ question: '青禾县文旅局2025年“三公”经费决算是多少？' })
    expect(r.answer).toContain('没有找到')
    expect(r.answer).not.toMatch(/\d+\.\d\d万元/)
  })
})

describe('rule stage-column, columns headed with their year (2023年预算数 | 2023年决算数 | 2022年决算数)', () => {
  const text = ['柳岸县林业局2023年度部门决算', '表五 财政拨款“三公”经费支出决算表', '单位：万元', '项目\t2023年预算数\t2023年决算数\t2022年决算数', '合计\t30.50\t27.92\t29.36', '公务接待费\t6.50\t5.12\t5.46', '公务用车运行维护费\t24.00\t22.80\t23.90'].join('\n')
  const engine = engineWith([{ name: 'liuan-ly-2023-final.txt', bytes: enc(text) }])

  it('a figure asked of a 决算 with no stage named is the year’s 决算数, never the budget column printed first', () => {
    const r = engine.ask({ question: '柳岸县林业局2023年三公经费是多少？' })
    expect(r.answer).toContain('27.92万元')
    expect(r.answer).not.toContain('30.50')
  })

  it('a change on last year reads the 决算 of both years', () => {
    const r = engine.ask({ question: '柳岸县林业局2023年三公经费比2022年少了多少？' })
    expect(r.answer).toContain('1.44万元')
  })

  it('the budget column when the budget is asked', () => {
    const r = engine.ask({ question: '柳岸县林业局2023年公务接待费预算数是多少？' })
    expect(r.answer).toContain('6.50万元')
  })
})

describe('the 三公 parts as citizens say them (lexicon: 买公务车, 公务车运行费)', () => {
  const text = ['柳岸县林业局2023年部门预算', '表五 “三公”经费支出预算表', '单位：万元', '项目\t2023年预算数', '合计\t40.00', '公务接待费\t6.00', '公务用车购置费\t12.00', '公务用车运行维护费\t22.00'].join('\n')
  const engine = engineWith([{ name: 'liuan-ly-2023-budget.txt', bytes: enc(text) }])
  it.each([['柳岸县林业局2023年买公务车的预算是多少？', '12.00万元'], ['柳岸县林业局2023年公务车运行费是多少', '22.00万元']])('%s', (q, figure) => {
    expect(engine.ask({ question: q }).answer).toContain(figure)
  })
})
