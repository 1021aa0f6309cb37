import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')

/** A made-up 决算 whose table prints 年初预算数 beside a 决算数 group split into 基本支出 | 项目支出 | 合计. */
const FINAL = [
  '柳渡县林业局2024年度部门决算',
  '',
  '表2 一般公共预算财政拨款支出决算表',
  '单位：万元',
  T('科目编码', '科目名称', '年初预算数', '决算数', '', ''),
  T('', '', '', '基本支出', '项目支出', '合计'),
  T('', '合计', '600.00', '380.00', '254.50', '634.50'),
  T('213', '农林水支出', '600.00', '380.00', '254.50', '634.50'),
  T('2130205', '森林资源管理', '420.00', '0.00', '251.30', '251.30'),
  T('2130299', '其他林业和草原支出', '180.00', '380.00', '3.20', '383.20'),
].join('\n')

describe('rule against-own-budget: a 决算 set against its own year’s budget, not last year', () => {
  const engine = engineWith([{ name: 'liudu-lyj-2024-final.txt', bytes: new TextEncoder().encode(FINAL) }])
  const ask = (question: string) => engine.ask({ question })

  it('决算比年初预算多了多少: the row’s 决算 minus its 年初预算, with the rate, both cells cited', () => {
    const r = ask('柳渡县林业局2024年农林水支出决算比年初预算多了多少？')
    expect(r.answer).toContain('634.50万元')
    expect(r.answer).toContain('600.00万元')
    expect(r.answer).toContain('增加34.50万元')
    expect(r.answer).toContain('5.75%')
    expect(r.answer).not.toMatch(/没有2023年/)
    expect(r.citations.map((c) => c.column)).toEqual(expect.arrayContaining(['年初预算数', '决算数 › 合计']))
  })

  it('less than the budget, for a row whose 基本支出 is 0.00 (the group’s 合计 is its 决算, never a part)', () => {
    const r = ask('柳渡县林业局森林资源管理决算比年初预算少了多少')
    expect(r.answer).toContain('减少168.70万元')
    expect(r.answer).toContain('251.30万元')
    expect(r.answer).not.toContain('决算为0.00')
  })

  it('年初预算和决算 asked together read the group’s total', () => {
    const r = ask('柳渡县林业局森林资源管理年初预算和决算分别多少')
    expect(r.answer).toContain('420.00万元')
    expect(r.answer).toContain('251.30万元')
    expect(r.answer).not.toMatch(/决算数?为0\.00/)
  })
})

/** The same department with a 支出决算表 of all funds first: its 决算 differs from the 一般公共预算 table's. */
const WITH_ALL_FUNDS = [
  '柳渡县草原站2024年度部门决算',
  '',
  '表1 支出决算表',
  '单位：万元',
  T('科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'),
  T('', '合计', '700.00', '380.00', '320.00'),
  T('2130205', '森林资源管理', '316.80', '0.00', '316.80'),
  T('2130299', '其他林业和草原支出', '383.20', '380.00', '3.20'),
  '',
  FINAL.split('\n').slice(2).join('\n'),
].join('\n')

describe('rule against-own-budget reads the 决算 beside the budget column, in that table', () => {
  const engine = engineWith([{ name: 'liudu-cyz-2024-final.txt', bytes: new TextEncoder().encode(WITH_ALL_FUNDS) }])

  it('never sets the all-funds 决算 against the 一般公共预算 table’s 年初预算', () => {
    const r = engine.ask({ question: '柳渡县草原站2024年森林资源管理决算比年初预算少了多少' })
    expect(r.answer).toContain('251.30万元')
    expect(r.answer).toContain('减少168.70万元')
    expect(r.answer).not.toContain('316.80')
  })
})
