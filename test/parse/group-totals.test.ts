import { describe, expect, it } from 'vitest'
import { parseSnippet, rowByName } from './helpers.js'

const BASIC = (personnel: string) => [
  '表三 一般公共预算财政拨款基本支出决算明细表', '单位：万元',
  '经济分类科目编码\t科目名称\t决算数',
  `\t人员经费合计\t${personnel}`,
  '30101\t基本工资\t120.00', '30102\t津贴补贴\t40.50',
  '\t公用经费合计\t22.30',
  '30201\t办公费\t12.30', '30211\t差旅费\t10.00',
  '\t基本支出合计\t182.80',
].join('\n')

describe('rule group-totals: 人员经费合计 over its rows is their group, not the table\'s total', () => {
  it('heads the rows whose sum it is, and leaves the table one total', () => {
    const t = parseSnippet(BASIC('160.50'), '青禾县档案馆2025年部门决算').document.tables[0]
    const personnel = rowByName(t, '人员经费合计')
    expect(personnel.isTotal).toBe(false)
    expect(rowByName(t, '津贴补贴').parent).toBe(personnel.index)
    expect(rowByName(t, '差旅费').parent).toBe(rowByName(t, '公用经费合计').index)
    expect(t.rows.filter((r) => r.isTotal).map((r) => r.name)).toEqual(['基本支出合计'])
  })

  it('leaves a total whose rows do not add up to it as it was', () => {
    const t = parseSnippet(BASIC('170.00'), '青禾县档案馆2025年部门决算').document.tables[0]
    expect(rowByName(t, '人员经费合计').isTotal).toBe(true)
    expect(rowByName(t, '津贴补贴').parent).toBeUndefined()
  })

  it('reads a unit line with a remark after it as the unit (金额单位：万元（类级科目列示年初预算数）)', () => {
    const body = ['表二 一般公共预算财政拨款支出决算表', '金额单位：万元（类级科目列示年初预算数）', '科目编码\t科目名称\t决算数', '201\t一般公共服务支出\t88.00'].join('\n')
    const t = parseSnippet(body, '青禾县档案馆2025年部门决算').document.tables[0]
    expect(t.title).toBe('一般公共预算财政拨款支出决算表')
    expect(t.unit).toBe('万元')
  })
})

describe('columns of counts and scores in a table of money', () => {
  it('reads 编制人数（人） as people, 自评得分 as points and 执行率 as a rate, never as 万元', () => {
    const body = ['表六 重点项目执行情况表', '单位：万元', '项目名称\t全年预算数\t全年执行数\t执行率\t自评得分\t编制人数（人）', '白石镇垃圾清运项目\t80.00\t76.00\t95.00%\t91.5\t3'].join('\n')
    const t = parseSnippet(body, '青禾县白石镇2024年度部门决算').document.tables[0]
    const cells = Object.fromEntries(t.rows[0].cells.map((c) => [t.columns[c.column].label, c.amount && `${c.amount.value}${c.amount.unit}`]))
    expect(cells).toMatchObject({ 全年执行数: '76.00万元', 执行率: '95.00%', 自评得分: '91.5分', '编制人数（人）': '3人' })
    expect(t.columns.find((c) => c.label === '执行率')?.role).toBe('completion')
  })
})
