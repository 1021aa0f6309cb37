import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/**
 * A made-up county bureau's 决算 as plain text aligned with spaces: a 收支总表 whose sides are labelled 收入项目 and
 * 支出项目（按功能分类）, a 支出表 for all funds and one for the 一般公共预算 (they differ by 事业收入), the latter with
 * 年初预算数 before 决算数合计 and a 2023年决算数 column, one row pushed right by its long name.
 */
const FINAL = [
  '梧川县水利局2024年度部门决算',
  '表一　收入支出决算总表',
  '单位：元',
  '收入项目                            决算数            支出项目（按功能分类）      决算数',
  '一、一般公共预算财政拨款收入           5,300,000.00  一、社会保障和就业支出            800,000.00',
  '二、事业收入                             400,000.00  二、农林水支出                  4,900,000.00',
  '本年收入合计                           5,700,000.00  本年支出合计                    5,700,000.00',
  '',
  '表三　支出决算表',
  '单位：元',
  '科目编码    科目名称                            合计              基本支出          项目支出',
  '            合计                                   5,700,000.00      3,500,000.00      2,200,000.00',
  '213         农林水支出                             4,900,000.00      2,700,000.00      2,200,000.00',
  '2130301     　　水利行政运行                       2,700,000.00      2,700,000.00',
  '2130306     　　水利工程运行与维护                 2,200,000.00                        2,200,000.00',
  '',
  '表四　一般公共预算财政拨款支出决算表',
  '单位：元',
  '科目编码    科目名称                            年初预算数      决算数合计      基本支出        项目支出        2023年决算数',
  '            合计                                  5,200,000.00    5,300,000.00    3,500,000.00    1,800,000.00    5,050,000.00',
  '208         社会保障和就业支出                      790,000.00      800,000.00      800,000.00                      760,000.00',
  '20805       　行政事业单位养老支出                  790,000.00      800,000.00      800,000.00                      760,000.00',
  '2080505     　　机关事业单位基本养老保险缴费支出缴纳    560,000.00      570,000.00      570,000.00                      540,000.00',
  '2080506     　　机关事业单位职业年金缴费支出        230,000.00      230,000.00      230,000.00                      220,000.00',
  '213         农林水支出                            4,410,000.00    4,500,000.00    2,700,000.00    1,800,000.00    4,290,000.00',
  '2130301     　　水利行政运行                      2,650,000.00    2,700,000.00    2,700,000.00                    2,590,000.00',
  '2130306     　　水利工程运行与维护                1,760,000.00    1,800,000.00                    1,800,000.00    1,700,000.00',
  '',
  '第三部分　2024年度部门决算情况说明',
  '（三）农林水支出（类）水利（款）水利工程运行与维护（项）。年初预算为1,760,000.00元，支出决算为1,800,000.00元，与2023年决算1,700,000.00元相比增加100,000.00元，主要原因是泵站维修项目增加。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'wuchuan-slj-2024-js.txt', bytes: new TextEncoder().encode(FINAL) }])).ask({ question })

describe('a 决算 aligned with spaces', () => {
  it('reads 2023年决算数 as a column of its own and 年初预算数 as the budget before 决算数合计', () => {
    const res = ask('梧川县水利局2130301科目2023年决算数是多少？')
    expect(res.answer).toContain('2,590,000.00')
    const initial = ask('梧川县水利局2130306年初预算数是多少？')
    expect(initial.answer).toContain('1,760,000.00')
  })

  it('places a row pushed right by its long name by its columns, not one column further', () => {
    const res = ask('梧川县水利局2080505科目2024年决算数？')
    expect(res.answer).toContain('570,000.00')
    expect(res.answer).not.toContain('560,000.00')
  })

  it('reads the two sides of a 收支总表 labelled 收入项目 and 支出项目（按功能分类）', () => {
    const res = ask('梧川县水利局事业收入决算多少？')
    expect(res.answer).toContain('400,000.00')
  })

  it('a fund named with a row or a code picks that fund’s table, whatever stands between', () => {
    const row = ask('梧川县水利局水利工程运行与维护这一项，一般公共预算财政拨款支出决算是多少？')
    expect(row.answer).toContain('1,800,000.00')
    expect(row.answer).not.toContain('2,200,000.00')
    const code = ask('梧川县水利局2130306今年一般公共预算安排了多少？')
    expect(code.answer).toContain('1,800,000.00')
    expect(code.answer).not.toContain('2,200,000.00')
  })

  it('a fund’s words before a spending column are that fund’s spending (its 项目支出), not a row starting with them', () => {
    const res = ask('梧川县水利局一般公共预算财政拨款的项目支出决算是多少？')
    expect(res.answer).toContain('1,800,000.00')
  })
})

describe('a 决算 item explained under its 类-款-项 title', () => {
  it('reads the change and its reason in the sentence after the item’s title', () => {
    const res = ask('梧川县水利局水利工程运行与维护为什么比上年多了？')
    expect(res.answer).toContain('泵站维修')
  })
})
