import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 41: a made-up county bureau's 项目支出绩效自评表 page (no real name or figure), cells set apart by pipes, whose
 * money block prints 预算执行率 as a column and whose indicators list no rate of that name; the page opens inside the
 * form before it.
 */
const FORM = [
  // (the page opens inside the form before it: its last indicator, total and signatures)
  '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |',
  '产出指标 | 经济成本指标 | 成本控制数 | ≤ | 20 | 万元 | 完成 | 90 | 90 | ||',
  '合计 | 100 | |||||||||',
  '项目负责人:某某 | 财务负责人:某某 | |||||||||',
  '部门预算项目支出绩效自评表(2023年度) | ||||||||||',
  '项目名称 | 51092300T000000000001-2023年全县调解设备补助资金项目 | |||||||||',
  '主管部门 | 岑川县司法局部门 | 实施单位 | 岑川县司法局 | |||||||',
  '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||',
  '总额 | 0.00 | 4.20 | 4.00 | 95.24% | 10 | 9 | | |||',
  '其中:财政资金 | 0.00 | 4.20 | 4.00 | 95.24% | / | / | ||||',
  '单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||',
  '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |',
  '产出指标 | 数量指标 | 购置调解设备数量 | ≥ | 10 | 台 | 10 | 40 | 40 | ||',
].map((l) => `<p>${l}</p>`).join('\n')
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑川县司法局2023年度部门预算项目支出绩效自评表</title></head><body>\n${FORM}\n</body></html>`

describe('a rate asked of a self-evaluation form that prints it as its money block’s column', () => {
  const engine = engineWith([{ name: 'cenchuan-sfj-2023-jxzp.html', bytes: new TextEncoder().encode(PAGE) }])
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads 预算执行率 from the money block, of the project named (rule rate-in-money-block)', () => {
    expect(ask('调解设备补助资金项目预算执行率多少？岑川县司法局的')).toContain('95.24%')
  })
})
