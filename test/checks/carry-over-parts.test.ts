import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { snippet } from './snippets.js'

/**
 * Session 27: the carry-over is the year's flow's other stage. A 本年收入合计 column never adds the 年初结转和结余
 * column printed beside it, and a 收入总计 over 本年收入合计 and 年初结转和结余 does not add again the funds listed
 * under the carry-over (一般公共预算财政拨款, 政府性基金预算财政拨款): false "does not add up" findings otherwise.
 */
const sums = (tables: string[]) => checkDocument(snippet([], tables)).filter((f) => /sum-children|total-parts/.test(f.kind)).map((f) => f.message)

const byUnit = (other: string) => [
  '表2', '', '收入决算表', '', '单位：元', '',
  '单位名称\t年初结转和结余\t本年收入合计\t一般公共预算财政拨款收入\t事业收入\t其他收入',
  '合计\t500.00\t9,000.00\t8,000.00\t600.00\t400.00',
  '某某局（本级）\t500.00\t5,000.00\t5,000.00\t0.00\t0.00',
  `某某服务中心\t0.00\t4,000.00\t3,000.00\t600.00\t${other}`,
].join('\n')

const fiscal = (carryGeneral: string) => [
  '表4', '', '财政拨款收入支出决算总表', '', '单位：元', '',
  '项目\t年初预算数\t调整预算数\t决算数',
  '一、一般公共预算财政拨款\t7,000.00\t7,000.00\t7,000.00',
  '二、政府性基金预算财政拨款\t3,000.00\t3,000.00\t3,000.00',
  '三、国有资本经营预算财政拨款\t0.00\t0.00\t0.00',
  '本年收入合计\t10,000.00\t10,000.00\t10,000.00',
  '年初财政拨款结转和结余\t—\t800.00\t800.00',
  `一般公共预算财政拨款\t—\t${carryGeneral}\t${carryGeneral}`,
  '政府性基金预算财政拨款\t—\t0.00\t0.00',
  '收入总计\t—\t10,800.00\t10,800.00',
  '社会保障和就业支出\t4,000.00\t4,000.00\t4,000.00',
  '城乡社区支出\t6,000.00\t6,500.00\t6,300.00',
  '本年支出合计\t10,000.00\t10,500.00\t10,300.00',
  '年末财政拨款结转和结余\t—\t—\t500.00',
  '一般公共预算财政拨款\t—\t—\t500.00',
  '政府性基金预算财政拨款\t—\t—\t0.00',
  '支出总计\t—\t10,500.00\t10,800.00',
].join('\n')

describe('the carry-over beside this year’s total', () => {
  it('本年收入合计 adds the year’s columns, not 年初结转和结余: no finding', () => {
    expect(sums([byUnit('400.00')])).toEqual([])
  })
  it('a row whose own columns miss its 本年收入合计 is still found', () => {
    expect(sums([byUnit('500.00')]).join('')).toContain('某某服务中心')
  })
})

describe('the funds listed under the carry-over', () => {
  it('收入总计 = 本年收入合计 + 年初结转和结余, its split not added again: no finding', () => {
    expect(sums([fiscal('800.00')])).toEqual([])
  })
  it('a carry-over its split does not make is still found', () => {
    expect(sums([fiscal('700.00')]).length).toBeGreaterThan(0)
  })
})

describe('其中：人员经费 closing a 基本支出 table printed with its 合计 first', () => {
  const basic = (third: string) => [
    '表6', '', '一般公共预算财政拨款基本支出决算表', '', '单位：元', '',
    '科目编码\t科目名称\t决算数',
    '\t合计\t1,000.00',
    '301\t工资福利支出\t700.00',
    '30101\t基本工资\t700.00',
    '302\t商品和服务支出\t200.00',
    '30201\t办公费\t200.00',
    '303\t对个人和家庭的补助\t100.00',
    `30305\t生活补助\t${third}`,
    '\t其中：人员经费\t800.00',
    '\t公用经费\t200.00',
  ].join('\n')
  it('the split is the whole table’s, not the last subject’s: no finding', () => {
    expect(sums([basic('100.00')])).toEqual([])
  })
  it('a subject that breaks its parent is still found', () => {
    expect(sums([basic('90.00')]).join('')).toContain('对个人和家庭的补助')
  })
})

describe('the statistics block under a 三公 table', () => {
  const threePublic = (reception: string) => [
    '表7', '', '一般公共预算财政拨款“三公”经费支出决算表', '', '单位：元', '',
    '项目\t年初预算数\t决算数',
    '合计\t300.00\t250.00',
    '1.因公出国（境）费\t0.00\t0.00',
    '2.公务用车购置及运行维护费\t200.00\t180.00',
    '（1）公务用车购置费\t0.00\t0.00',
    '（2）公务用车运行维护费\t200.00\t180.00',
    `3.公务接待费\t100.00\t${reception}`,
    '“三公”经费统计数\t\t',
    '\t统计项目\t数量',
    '\t公务用车保有量（辆）\t6',
    '\t国内公务接待批次（批次）\t38',
  ].join('\n')
  it('its counts are no money of the 合计: no finding', () => {
    expect(sums([threePublic('70.00')])).toEqual([])
  })
  it('a 合计 its money rows do not make is still found', () => {
    expect(sums([threePublic('60.00')]).length).toBeGreaterThan(0)
  })
})
