import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

/**
 * Session 25: a 决算 page converted from a workbook, its long tables split in two: the second part under a line
 * "（续表）　　单位：元", the 基本支出表's two parts each under a group's label (人员经费, 公用经费) above the <table>.
 * Made-up street office (柳岸街道).
 */
const tr = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = [
  '柳岸街道办事处2024年度部门决算',
  '一般公共预算财政拨款支出决算表',
  '公开05表　　编制单位：柳岸街道办事处　　单位：元',
  '<table>',
  tr('科目编码', '科目名称', '小计', '基本支出', '项目支出'),
  tr('', '合计', '1,500.00', '1,000.00', '500.00'),
  tr('201', '一般公共服务支出', '1,000.00', '1,000.00', '0.00'),
  '</table>',
  '（续表）　　单位：元',
  '<table>',
  tr('科目编码', '科目名称', '小计', '基本支出', '项目支出'),
  tr('212', '城乡社区支出', '500.00', '0.00', '500.00'),
  '</table>',
  '一般公共预算财政拨款基本支出决算明细表',
  '公开06表　　编制单位：柳岸街道办事处　　单位：元',
  '人员经费',
  '<table>',
  tr('经济科目编码', '科目名称', '决算数'),
  tr('30101', '基本工资', '600.00'),
  tr('30102', '津贴补贴', '300.00'),
  tr('人员经费合计', '', '900.00'),
  '</table>',
  '（续表）　　单位：元',
  '公用经费',
  '<table>',
  tr('经济科目编码', '科目名称', '决算数'),
  tr('30201', '办公费', '60.00'),
  tr('30216', '培训费', '40.00'),
  tr('公用经费合计', '', '100.00'),
  '</table>',
].join('\n')

describe('an HTML table in parts: a continuation line with its unit, a group’s label over the markup', () => {
  const doc = parseDocument('liuan-jd-2024-bmjs.html.txt', PAGE).document
  it('joins each table’s parts, their rows in one table', () => {
    expect(doc.tables.map((t) => t.title)).toEqual(['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算明细表'])
    expect(doc.tables[0].rows.map((r) => r.name)).toEqual(['合计', '一般公共服务支出', '城乡社区支出'])
    expect(doc.tables[1].rows.map((r) => r.code ?? r.name)).toEqual(expect.arrayContaining(['30101', '30216']))
    expect(doc.tables.every((t) => t.unit === '元')).toBe(true)
  })
  it('leaves no markup in the prose', () => {
    expect(doc.paragraphs.some((p) => p.text.includes('<td>'))).toBe(false)
  })
})
