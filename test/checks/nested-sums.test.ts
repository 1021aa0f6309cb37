import { describe, expect, it } from 'vitest'
import { arithmeticTops } from '../../server/core/checks/arithmetic-tops.js'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { snippet } from './snippets.js'

const sums = (tables: string[]) => checkDocument(snippet([], tables)).filter((f) => /sum-children|total-parts/.test(f.kind)).map((f) => f.message)

/** 部门支出预算表: each unit's row, then its subject rows (codes with no coded parent among them). */
const byUnit = (third: string) => [
  '表三', '', '部门支出预算表', '', '单位：万元', '',
  '科目编码\t单位名称（科目）\t合计\t基本支出\t项目支出',
  '\t合计\t150.00\t90.00\t60.00',
  '\t某某局（本级）\t100.00\t70.00\t30.00',
  '2080505\t机关事业单位基本养老保险缴费支出\t40.00\t40.00\t',
  '2130301\t行政运行\t30.00\t30.00\t',
  '2130302\t一般行政管理事务\t30.00\t\t30.00',
  '\t某某检测站\t50.00\t20.00\t30.00',
  '2101102\t事业单位医疗\t20.00\t20.00\t',
  `2130399\t其他支出\t${third}\t\t${third}`,
].join('\n')

/** 三公 table by rows, with 公务用车购置及运行费 listed before its two parts. */
const threePublicRows = (running: string) => [
  '表五', '', '“三公”经费预算表', '', '单位：万元', '',
  '项目\t2026年预算数',
  '合计\t26.00',
  '1.因公出国（境）费\t4.00',
  '2.公务接待费\t7.00',
  '3.公务用车购置及运行费\t15.00',
  '其中：公务用车购置费\t9.00',
  `公务用车运行费\t${running}`,
].join('\n')

/** 收入预算表 whose 单位资金 group prints a 小计 column before the columns it adds up. */
const incomeGroups = (other: string) => [
  '表二', '', '收入预算表', '', '单位：万元', '',
  '单位名称\t合计\t一般公共预算\t单位资金\t\t', '\t\t\t小计\t事业收入\t其他收入',
  `合计\t120.00\t100.00\t20.00\t12.00\t${other}`,
].join('\n')

/** 决算 收入支出总表: numbered heads, 本年收入合计, then 年初结转和结余 with its breakdown, then 总计. */
const finalSummary = (carry: string) => [
  '表一', '', '收入支出决算总表', '', '单位：万元', '',
  '收入\t\t支出\t', '项目\t决算数\t项目\t决算数',
  '一、财政拨款收入\t80.00\t一、教育支出\t70.00',
  '二、事业收入\t10.00\t二、卫生健康支出\t25.00',
  '本年收入合计\t90.00\t本年支出合计\t95.00',
  `年初结转和结余\t${carry}\t年末结转和结余\t7.00`,
  '财政拨款结转和结余\t12.00\t\t',
  '总计\t102.00\t总计\t102.00',
].join('\n')

describe('sums over nested rows and columns', () => {
  it('a 决算 总计 adds 本年收入合计 and the rows after it, a breakdown counted once', () => {
    expect(sums([finalSummary('12.00')])).toEqual([])
    expect(sums([finalSummary('13.00')]).join('\n')).toMatch(/总计/)
  })

  it('a total over unit rows and their subject rows adds the unit rows only', () => {
    expect(sums([byUnit('30.00')])).toEqual([])
  })
  it('a unit whose subject rows disagree is still reported', () => {
    expect(sums([byUnit('35.00')]).join('\n')).toMatch(/某某检测站|合计/)
  })
  it('a 三公 row list with a parent and its parts: no finding when it adds up, a finding when it does not', () => {
    expect(sums([threePublicRows('6.00')])).toEqual([])
    expect(sums([threePublicRows('7.00')]).length).toBeGreaterThan(0)
  })
  it('a 小计 column is the whole of the columns after it', () => {
    expect(sums([incomeGroups('8.00')])).toEqual([])
    expect(sums([incomeGroups('9.00')]).length).toBeGreaterThan(0)
  })
})

describe('arithmeticTops', () => {
  const tops = (xs: number[][]) => arithmeticTops(xs.map((v, i) => ({ i, v })), (x) => x.v).map((x) => x.i)
  it.each([
    ['a whole before its parts', [[10], [4], [6], [3]], [0, 3]],
    ['a chain of equal wholes (类, 款, 项)', [[10], [10], [10], [2]], [0, 3]],
    ['every column must agree', [[10, 5], [4, 1], [6, 1], [3, 0]], [0, 1, 2, 3]],
    ['siblings that happen not to add up stay siblings', [[5], [2], [4]], [0, 1, 2]],
  ])('%s', (_, values, expected) => {
    expect(tops(values as number[][])).toEqual(expected)
  })
})
