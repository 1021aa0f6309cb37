import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

/**
 * Session 27 (rule stacked-sides): a 收支总表 printed in one column, its 收入 lines, a 支出 head, then its 支出 lines:
 * the head places each row on its side. A table with no such head, or no total of each side, is left as read.
 */
const table = (head: string, spendingTotal: string) => [
  '岚屿市某某局2024年度部门决算', '', '附表1 收入支出决算总表', '单位：元',
  ['项目', '行次', '决算数'].join('\t'),
  ['一、一般公共预算财政拨款收入', '1', '900.00'].join('\t'),
  ['本年收入合计', '2', '900.00'].join('\t'),
  [head, '', ''].join('\t'),
  ['一、基本支出', '3', '400.00'].join('\t'),
  ['二、项目支出', '4', '500.00'].join('\t'),
  [spendingTotal, '5', '900.00'].join('\t'),
].join('\n')
const sides = (text: string) => parseDocument('x.txt', text + '\n').document.tables[0].rows.map((r) => `${r.name}:${r.side ?? '-'}`)

describe('rule stacked-sides', () => {
  it('places the rows before the 支出 head on the income side, the rest on the spending side', () => {
    expect(sides(table('支出', '本年支出合计'))).toEqual(['一、一般公共预算财政拨款收入:income', '本年收入合计:income', '支出:spending', '一、基本支出:spending', '二、项目支出:spending', '本年支出合计:spending'])
  })
  it('with no head, closes the income side at its 收入总计', () => {
    const text = table('支出', '本年支出合计').replace('支出\t\t\n', '收入总计\t\t900.00\n')
    expect(sides(text)).toEqual(['一、一般公共预算财政拨款收入:income', '本年收入合计:income', '收入总计:income', '一、基本支出:spending', '二、项目支出:spending', '本年支出合计:spending'])
  })
  it('leaves a table whose spending total is not printed as read', () => {
    expect(sides(table('支出', '合计')).every((s) => s.endsWith(':-'))).toBe(true)
  })
})
