import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

// Session 45 (blind99's 采购意向 page): a notice's list announced by "公开如下:", its pipe header wrapped onto a second
// line ("序号 | … | 预计采购时间 |" / "执行的政府采购政策 | 备注 |"), was read as no table. A group row over its leaves
// ("项目 | 预算数 | 决算数 | ||||" over 合计 | 一般公共预算 | …, blind44) stays a group row.
describe('rule wrapped-header-row', () => {
  it('joins a header line wrapped onto the next', () => {
    const text = [
      '青禾市人民医院政府采购意向公告',
      '现将青禾市人民医院2021年09月至2021年10月采购意向公开如下:',
      '序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间 |',
      '执行的政府采购政策 | 备注 |',
      '1 | 青禾市人民医院更换空气净化机组项目 | 手术室净化机组已使用18年。 | 248 | 2021-10 | 不专门面向中小企业 |',
    ].join('\n')
    const t = parseDocument('qinghe-yy-cgyx.txt', text).document.tables[0]
    expect(t.columns.map((c) => c.label)).toEqual(['序号', '采购项目名称', '采购需求概况', '预算金额', '预计采购时间', '执行的政府采购政策', '备注'])
    expect(t.rows[0].cells.find((c) => c.amount)?.amount?.value).toBe('248')
  })
  it('keeps a group row over its leaves', () => {
    const text = [
      '青禾市人民法院2021年度“三公”经费支出决算情况说明',
      '一、2021年度“三公”经费支出决算表',
      '单位:万元',
      '项目 | 预算数 | 决算数 | ||||',
      '合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |',
      '公务接待费 | 8 | 8 | 0 | 2.26 | 2.26 | 0 |',
      '总计 | 80.7 | 80.7 | 0 | 74.23 | 74.23 | 0 |',
    ].join('\n')
    const t = parseDocument('qinghe-fy-sg.txt', text).document.tables[0]
    expect(t.columns.some((c) => c.label.startsWith('决算数'))).toBe(true)
  })
})
