import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')

/** A made-up 部门预算 with one project's 绩效目标表: two indicators share words with the project's name. */
const BUDGET = [
  '澄川县林业局2025年部门预算',
  '',
  '表7 项目支出绩效目标表（退化林修复县级配套）',
  '单位：元',
  T('一级指标', '二级指标', '三级指标', '指标值'),
  T('产出指标', '数量指标', '完成退化林修复面积', '1500亩'),
  T('效益指标', '生态效益指标', '修复区林草覆盖率', '≥60%'),
  T('满意度指标', '服务对象满意度指标', '修复区林农满意度', '≥92%'),
].join('\n')

describe('an indicator asked loosely beside its project’s words', () => {
  const engine = engineWith([{ name: 'chengchuan-lyj-2025-budget.txt', bytes: new TextEncoder().encode(BUDGET) }])

  it('reads the indicator whose name the question covers most, not the one sharing the project’s words', () => {
    const r = engine.ask({ question: '澄川县林业局退化林修复项目的林农满意度目标是多少？' })
    expect(r.answer).toContain('修复区林农满意度')
    expect(r.answer).toContain('92%')
    expect(r.answer).not.toContain('1500亩')
  })

  it('still reads the indicator named by its own words', () => {
    expect(engine.ask({ question: '澄川县林业局完成退化林修复面积目标是多少' }).answer).toContain('1500亩')
  })
})
