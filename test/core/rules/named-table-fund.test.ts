import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up bureau's 预算 whose all-funds tables and 一般公共预算 table differ by a 政府性基金 line. */
const BUDGET = [
  '柳川县民政局2025年部门预算',
  '表1 部门收支预算总表',
  '单位：万元',
  '项目\t2025年预算数\t2024年预算数',
  '一、社会保障和就业支出\t3200.00\t3050.00',
  '二、其他支出\t150.00\t120.00',
  '支出合计\t3350.00\t3170.00',
  '表2 分单位收支预算表',
  '单位：万元',
  '单位名称\t合计\t其中：财政拨款\t基本支出\t项目支出',
  '柳川县民政局（本级）\t2350.00\t2300.00\t650.00\t1700.00',
  '柳川县殡仪馆\t1000.00\t950.00\t300.00\t700.00',
  '合计\t3350.00\t3250.00\t950.00\t2400.00',
  '表3 一般公共预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t2025年预算数 合计\t基本支出\t项目支出\t2024年预算数',
  '208\t社会保障和就业支出\t3200.00\t950.00\t2250.00\t3000.00',
  '2081004\t殡葬\t260.00\t180.00\t80.00\t250.00',
  '2081099\t其他民政管理事务支出\t2940.00\t770.00\t2170.00\t2750.00',
].join('\n')

/** A 三公 table whose counts follow a label of their own (相关统计数), each row's unit in its brackets. */
const THREE_PUBLIC = [
  '柳川县水利局2025年部门预算',
  '表6 一般公共预算“三公”经费支出预算表',
  '单位：元',
  '项目\t2024年预算数\t2025年预算数',
  '合计\t52,000.00\t46,000.00',
  '1.公务接待费\t22,000.00\t18,000.00',
  '2.公务用车运行维护费\t30,000.00\t28,000.00',
  '相关统计数',
  '公务用车保有量（辆）\t6\t6',
  '国内公务接待批次（批次）\t44\t38',
  '国内公务接待人次（人次）\t330\t290',
].join('\n')

/** A 低保 line asked by its everyday name. */
const RELIEF = [
  '柳川县社会救助中心2025年单位预算',
  '表3 一般公共预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t2025年预算数\t2024年预算数',
  '2081901\t城市最低生活保障金支出\t410.00\t436.00',
  '2081902\t农村最低生活保障金支出\t980.00\t921.50',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([
  { name: 'liuchuan-mzj-2025-ys.txt', bytes: new TextEncoder().encode(BUDGET) },
  { name: 'liuchuan-slj-2025-sg.txt', bytes: new TextEncoder().encode(THREE_PUBLIC) },
  { name: 'liuchuan-jzzx-2025-ys.txt', bytes: new TextEncoder().encode(RELIEF) },
])).ask({ question })

describe('a table or a fund the question names, and the columns it asks', () => {
  it('a row’s code in brackets and a fund between the row and its columns: that row’s columns of that fund', () => {
    const res = ask('柳川县民政局殡葬（2081004）一般公共预算的基本支出、项目支出分别是多少？')
    expect(res.answer).toContain('180.00万元')
    expect(res.answer).toContain('80.00万元')
    expect(res.answer).not.toContain('950.00')
  })

  it('the table named (收支总表里…) is read alone, never another table’s reading beside it', () => {
    const res = ask('柳川民政局收支总表里社会保障和就业支出2024年预算数是多少？')
    expect(res.answer).toContain('3050.00万元')
    expect(res.answer).not.toContain('3000.00')
  })

  it('a unit’s column printed as 其中：财政拨款 is asked by its own words', () => {
    const res = ask('柳川县殡仪馆2025年预算里财政拨款多少？')
    expect(res.answer).toContain('950.00万元')
    expect(res.answer).not.toContain('其中：')
  })

  it('a source column (其中：财政拨款) is no part of the 基本支出 + 项目支出 breakdown: no contradiction is made up', () => {
    const res = ask('柳川县民政局基本支出是多少？')
    expect(res.answer).not.toContain('不一致')
    expect(res.answer).not.toContain('对不上')
  })
})

describe('a 三公 table’s counts under their own label (相关统计数)', () => {
  it('keeps the rows after the label in the table, each a count in its own unit', () => {
    const res = ask('柳川县水利局2025年计划公务接待多少批次、多少人次？')
    expect(res.answer).toContain('38批次')
    expect(res.answer).toContain('290人次')
  })
})

describe('a standard line asked by its everyday name (lexicon synonyms)', () => {
  it('城市低保金 is 城市最低生活保障金支出, 农村低保 is 农村最低生活保障金支出', () => {
    const res = ask('柳川县社会救助中心城市低保金今年比去年是多了还是少了？差多少？')
    expect(res.answer).toContain('26.00万元')
    expect(res.answer).toContain('减少')
    expect(ask('柳川县社会救助中心2025年农村低保多少？').answer).toContain('980.00万元')
  })
})
