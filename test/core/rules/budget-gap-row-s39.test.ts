import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind86's hospital 决算): a 决算 asked against its 年初预算 is read from the table that prints both
 * (the 财政拨款 table), never from the all-funds table that has no 年初预算; 财政拨款 said right after a row asks that
 * row's 财政拨款 figure. Made-up hospital and figures (each table adds up).
 */
const DOC = [
  '澄浦县中心医院2024年度单位决算',
  '第一部分 2024年度单位决算情况说明',
  '三、财政拨款支出决算情况',
  '住房公积金(2210201)年初预算为52.00万元,支出决算为49.50万元,决算数小于年初预算数的主要原因是年内退休人员增加,缴存人数减少。',
  '第二部分 2024年度单位决算表',
  '支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t1,880.00\t1,330.00\t550.00',
  '2100201\t综合医院\t1,700.00\t1,150.00\t550.00',
  '2210201\t住房公积金\t180.00\t180.00\t',
  '一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t年初预算数\t调整预算数\t决算数',
  '\t合计\t362.00\t372.00\t369.50',
  '2100201\t综合医院\t310.00\t320.00\t320.00',
  '2210201\t住房公积金\t52.00\t52.00\t49.50',
].join('\n')

describe('rule budget-gap-row', () => {
  const engine = engineWith([{ name: 'chengpu-zxyy-2024-dwjs.txt', bytes: enc(DOC) }])
  it('reads a 决算 asked against its 年初预算 where both are printed', () => {
    const a = engine.ask({ question: '澄浦县中心医院住房公积金决算为啥比年初预算少' }).answer
    expect(a).toContain('49.50万元')
    expect(a).toContain('52.00万元')
    expect(a).not.toContain('180.00')
  })
  it('keeps the all-funds figure when no budget is asked', () => {
    expect(engine.ask({ question: '澄浦县中心医院住房公积金决算是多少' }).answer).toContain('180.00万元')
  })
  it('reads a hospital\'s own subject row named like a unit (综合医院) as that row', () => {
    expect(engine.ask({ question: '支出决算表里澄浦县中心医院综合医院那一行的本年支出合计是多少' }).answer).toContain('1,700.00万元')
  })
  it('reads 财政拨款 after a row as that row\'s 财政拨款 figure', () => {
    const a = engine.ask({ question: '澄浦县中心医院综合医院（2100201）财政拨款决算数是多少' }).answer
    expect(a).toContain('320.00万元')
    expect(a).not.toContain('1,700.00')
  })
})
