import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

// a street office's budget with one 绩效目标表 per project; one project's name joins two items
const doc = [
  '青禾县柳林街道办事处2026年部门预算', '',
  '表1 一般公共预算支出表', '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '合计\t\t60.00\t\t60.00',
  '2081002\t老年福利\t36.00\t\t36.00',
  '2120501\t城乡社区环境卫生\t24.00\t\t24.00',
  '',
  '表2 项目支出绩效目标表', '单位：万元',
  '项目名称\t困难老人津贴及居家养老服务\t预算金额\t36.00',
  '年度目标\t按时足额发放困难老人津贴，开展居家养老上门服务。',
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t津贴发放人数\t≥420人',
  '满意度指标\t服务对象满意度指标\t老人满意度\t≥95%',
  '',
  '表3 项目支出绩效目标表', '单位：万元',
  '项目名称\t背街小巷保洁\t预算金额\t24.00',
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t保洁面积\t≥6万平方米',
].join('\n')

describe('rule project-head: a project asked by the first item its name joins', () => {
  const engine = engineWith([{ name: 'liulin-2026-budget.txt', bytes: new TextEncoder().encode(doc) }])

  it('困难老人津贴项目 is 困难老人津贴及居家养老服务: its targets and budget, never the whole budget', () => {
    const r = engine.ask({ question: '柳林街道2026年困难老人津贴项目的绩效指标是什么？预算多少？' })
    expect(r.answer).toContain('420')
    expect(r.answer).toContain('36.00')
    expect(r.answer).not.toContain('60.00万元')
  })

  it('a project no form holds is not found, never the whole budget (rule unheld-project)', () => {
    const r = engine.ask({ question: '柳林街道2026年独居老人探访项目的绩效指标是什么？预算多少？' })
    expect(r.answer).toContain('没有找到')
    expect(r.answer).not.toMatch(/\d+\.\d{2}万元/)
  })
})
