import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards budgets of a body with member units (session 19): a 医共体 read as an organisation (parse/meta-rules ORG_END,
 * tools/lib/org-shape) whose own name holds its lead member's name (rule member-unit-asked: the department's name is
 * no mention of the member); a 分单位 table headed "单位名称 | 收入 › 合计 … | 支出 › 合计 · 基本支出 · 项目支出" read
 * as one row per unit (parse/header: not two-sided), a member's 支出 its 支出 › 合计 cell, never a sum over the group;
 * and an actual asked of a budget holding only plans (rule stage-asked: not found, never the 上年预算数 as the actual,
 * while "比上年实际支出增长多少" is still answered). Made-up bodies and figures.
 */
const YGT = [
  '<html><head><meta charset="utf-8"><title>青梧县人民医院医共体2024年单位预算</title></head><body>',
  '<p>青梧县人民医院医共体2024年单位预算</p>',
  '<p>一、单位基本情况</p>',
  '<p>青梧县人民医院医共体由牵头单位青梧县人民医院和成员单位青梧县桐溪镇卫生院、青梧县岚口乡卫生院组成。</p>',
  '<p>表1 收支预算总表</p><p>单位：万元</p>',
  '<table>',
  '<tr><td>项目</td><td>2024年预算数</td><td>项目</td><td>2024年预算数</td></tr>',
  '<tr><td>一、财政拨款收入</td><td>3,000.00</td><td>一、卫生健康支出</td><td>30,000.00</td></tr>',
  '<tr><td>二、事业收入</td><td>27,000.00</td><td></td><td></td></tr>',
  '<tr><td>本年收入合计</td><td>30,000.00</td><td>本年支出合计</td><td>30,000.00</td></tr>',
  '<tr><td>收入总计</td><td>30,000.00</td><td>支出总计</td><td>30,000.00</td></tr>',
  '</table>',
  '<p>表2 分单位收支预算表</p><p>单位：万元</p>',
  '<table>',
  '<tr><td rowspan="2">单位名称</td><td colspan="3">收入</td><td colspan="3">支出</td></tr>',
  '<tr><td>合计</td><td>财政拨款收入</td><td>事业收入</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>',
  '<tr><td>合计</td><td>30,000.00</td><td>3,000.00</td><td>27,000.00</td><td>30,000.00</td><td>26,000.00</td><td>4,000.00</td></tr>',
  '<tr><td>青梧县人民医院</td><td>24,000.00</td><td>1,800.00</td><td>22,200.00</td><td>24,000.00</td><td>21,000.00</td><td>3,000.00</td></tr>',
  '<tr><td>青梧县桐溪镇卫生院</td><td>3,500.00</td><td>700.00</td><td>2,800.00</td><td>3,500.00</td><td>2,900.00</td><td>600.00</td></tr>',
  '<tr><td>青梧县岚口乡卫生院</td><td>2,500.00</td><td>500.00</td><td>2,000.00</td><td>2,500.00</td><td>2,100.00</td><td>400.00</td></tr>',
  '</table>',
  '<p>表3 收入预算表</p><p>单位：万元</p>',
  '<table>',
  '<tr><td>项目</td><td>2023年预算数</td><td>2024年预算数</td></tr>',
  '<tr><td>合计</td><td>28,500.00</td><td>30,000.00</td></tr>',
  '<tr><td>财政拨款收入</td><td>3,200.00</td><td>3,000.00</td></tr>',
  '<tr><td>事业收入</td><td>25,300.00</td><td>27,000.00</td></tr>',
  '</table>',
  '</body></html>',
].join('\n')

const BUREAU = [
  '<html><head><meta charset="utf-8"><title>青梧县教育局2024年部门预算</title></head><body>',
  '<p>青梧县教育局2024年部门预算</p>',
  '<p>表2 分单位收支预算表</p><p>单位：万元</p>',
  '<table>',
  '<tr><td rowspan="2">单位名称</td><td colspan="2">收入</td><td colspan="3">支出</td></tr>',
  '<tr><td>合计</td><td>财政拨款收入</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>',
  '<tr><td>合计</td><td>9,000.00</td><td>9,000.00</td><td>9,000.00</td><td>7,200.00</td><td>1,800.00</td></tr>',
  '<tr><td>青梧县教育局机关</td><td>1,000.00</td><td>1,000.00</td><td>1,000.00</td><td>700.00</td><td>300.00</td></tr>',
  '<tr><td>青梧县第一中学</td><td>5,000.00</td><td>5,000.00</td><td>5,000.00</td><td>4,100.00</td><td>900.00</td></tr>',
  '<tr><td>青梧县桐溪中学</td><td>3,000.00</td><td>3,000.00</td><td>3,000.00</td><td>2,400.00</td><td>600.00</td></tr>',
  '</table>',
  '<p>表3 支出预算表</p><p>单位：万元</p>',
  '<table>',
  '<tr><td>项目</td><td>2023年预算数</td><td>2024年预算数</td></tr>',
  '<tr><td>合计</td><td>8,600.00</td><td>9,000.00</td></tr>',
  '<tr><td>普通教育</td><td>7,900.00</td><td>8,200.00</td></tr>',
  '<tr><td>教育管理事务</td><td>700.00</td><td>800.00</td></tr>',
  '</table>',
  '</body></html>',
].join('\n')

const extra = await readSources([
  { name: 'qingwu-ygt-2024-dwys.html', bytes: new TextEncoder().encode(YGT) },
  { name: 'qingwu-jyj-2024-bmys.html', bytes: new TextEncoder().encode(BUREAU) },
])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a 医共体 is an organisation, its name holding its lead member’s', () => {
  it('is read as the document’s organisation', () => {
    expect(engine.corpus.documents.find((d) => d.id === 'qingwu-ygt-2024-dwys')?.org).toBe('青梧县人民医院医共体')
  })

  it('asked by its own name: its totals, never the member hospital’s row', () => {
    const spend = ask('青梧县人民医院医共体2024年支出预算是多少？')
    expect(spend.answer).toContain('30,000.00万元')
    expect(spend.answer).not.toContain('24,000.00')
    const basic = ask('青梧县人民医院医共体2024年基本支出是多少？')
    expect(basic.answer).toContain('26,000.00万元')
    expect(basic.answer).not.toContain('21,000.00')
  })

  it('the member hospital named alone: its own row', () => {
    const r = ask('青梧县人民医院2024年支出预算是多少？')
    expect(r.answer).toContain('24,000.00万元')
    expect(r.answer).not.toContain('30,000.00')
  })

  it('an actual asked where only the 2024 budget (with 2023年预算数) is held: not found, never the plan as the actual', () => {
    const r = ask('青梧县人民医院医共体2023年事业收入实际完成了多少？')
    expect(r.answer).not.toContain('25,300.00')
    expect(r.answer).toMatch(/没有找到|不是决算/)
  })
})

describe('a 分单位 table with 收入 and 支出 groups over 合计: one row per unit', () => {
  it('a member’s 基本支出 is its own cell', () => {
    const r = ask('青梧县第一中学的基本支出是多少？')
    expect(r.answer).toContain('4,100.00万元')
    expect(r.answer).not.toContain('5,000.00')
  })

  it('a member’s 支出 is the 支出 › 合计 cell, never 合计 + 基本 + 项目', () => {
    const r = ask('青梧县第一中学的支出是多少？')
    expect(r.answer).toContain('5,000.00万元')
    expect(r.answer).not.toContain('10,000.00')
  })
})

describe('rule stage-asked: an actual asked of plans only', () => {
  it('实际支出了多少 of the year before: not found, never its 2023年预算数', () => {
    const r = ask('青梧县教育局2023年普通教育实际支出了多少？')
    expect(r.answer).not.toContain('7,900.00')
    expect(r.answer).toMatch(/没有找到|不是决算/)
  })

  it('比上年实际支出增长多少 is no ask of the accounts: the change is answered', () => {
    const r = ask('青梧县教育局2024年普通教育比上年实际支出增长多少？')
    expect(r.answer).toContain('300.00万元')
    expect(r.answer).not.toMatch(/没有找到所问的决算/)
  })
})
