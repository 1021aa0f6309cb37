import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { snippet } from './snippets.js'

/**
 * Session 21 (rule stacked-totals): a table of one side printing its totals in turn (收入 rows, 收入合计, then 支出
 * rows, 支出合计) adds into each total the rows next to it, never every row of the table.
 */
const sums = (tables: string[]) => checkDocument(snippet([], tables)).filter((f) => /sum-children|total-parts/.test(f.kind)).map((f) => f.message)
const byUnit = (project: string) => [
  '表2', '', '分单位收入支出决算表', '', '单位：万元', '',
  '项目\t合计\t某某局（本级）\t某某中心',
  '财政拨款收入\t600.00\t400.00\t200.00',
  '其他收入\t20.00\t20.00\t0.00',
  '收入合计\t620.00\t420.00\t200.00',
  '年初结转和结余\t12.00\t12.00\t0.00',
  '基本支出\t500.00\t320.00\t180.00',
  `项目支出\t${project}\t100.00\t20.00`,
  '支出合计\t620.00\t420.00\t200.00',
  '年末结转和结余\t12.00\t12.00\t0.00',
].join('\n')

describe('rule stacked-totals', () => {
  it('each total adds the rows next to it: no finding on a table that agrees', () => {
    expect(sums([byUnit('120.00')])).toEqual([])
  })
  it('a total that its own rows do not make is still found', () => {
    const found = sums([byUnit('130.00')])
    expect(found.length).toBeGreaterThan(0)
    expect(found.join('')).toContain('支出合计')
    expect(found.join('')).not.toContain('收入合计')
  })
})

describe('a total printed under its items, then split again under 其中', () => {
  const basic = (third: string) => [
    '表三', '', '一般公共预算基本支出表', '', '单位：万元', '',
    '经济分类科目编码\t科目名称\t预算数',
    '301\t工资福利支出\t900.00',
    '302\t商品和服务支出\t70.00',
    `303\t对个人和家庭的补助\t${third}`,
    '\t合计\t980.00',
    '\t其中：人员经费\t910.00',
    '\t公用经费\t70.00',
  ].join('\n')
  it('each split adds up to it on its own: no finding', () => {
    expect(sums([basic('10.00')])).toEqual([])
  })
  it('an item that breaks the total is still found', () => {
    expect(sums([basic('20.00')]).length).toBeGreaterThan(0)
  })
})
