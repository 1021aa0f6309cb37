import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (rules unmet-indicators, undated project name): a 部门决算 closes with a 项目支出绩效自评表 of a project
 * named with its year ("2024年某某项目"). The project is asked without the year; its money by the form's own column
 * (全年执行数); "有哪些指标没完成" lists the indicators whose achieved value falls short of the target (a time limit
 * missed by its points), and says apart one that reached its target yet lost points. Made-up county and figures.
 */
const DOC = [
  '桐岭县水务局2024年度部门决算',
  '',
  '项目支出绩效自评表（2024年度）',
  '项目名称\t2024年山塘水库清淤整治项目\t2024年山塘水库清淤整治项目\t2024年山塘水库清淤整治项目\t2024年山塘水库清淤整治项目\t2024年山塘水库清淤整治项目\t2024年山塘水库清淤整治项目\t2024年山塘水库清淤整治项目',
  '主管部门\t桐岭县水务局\t桐岭县水务局\t桐岭县水务局\t实施单位\t桐岭县水务局\t桐岭县水务局\t桐岭县水务局',
  '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '项目资金（万元）\t年度资金总额\t210.00\t248.60\t231.40\t10\t93.08%\t9.31',
  '年度总体目标\t完成12座山塘水库清淤整治。',
  '实际完成情况\t完成11座山塘水库清淤整治。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
  '绩效指标\t产出指标\t数量指标\t清淤整治山塘水库数量\t≥12座\t11座\t20\t16',
  '绩效指标\t产出指标\t质量指标\t工程验收合格率\t100%\t100%\t20\t20',
  '绩效指标\t产出指标\t时效指标\t完工时限\t2024年10月底前\t2024年12月上旬\t10\t7',
  '绩效指标\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95.2%\t10\t9',
  '总分\t\t\t\t\t\t100\t92.31',
].join('\n')

describe('a self-evaluation form of a dated project in a 决算', async () => {
  const extra = await readSources([{ name: 'tongling-swj-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('answers the project asked without its year by the column named', () => {
    const r = engine.ask({ question: '桐岭县山塘水库清淤整治项目全年执行数多少' })
    expect(r.answer).toContain('231.40万元')
    expect(r.answer).not.toMatch(/210\.00|248\.60/u)
  })

  it('lists the indicators not met, and says apart one that met its target yet lost points', () => {
    const r = engine.ask({ question: '山塘水库清淤整治项目有哪些指标没完成' })
    const [notMet, rest] = r.answer.split('另有')
    expect(notMet).toContain('清淤整治山塘水库数量')
    expect(notMet).toContain('完工时限')
    expect(notMet).not.toContain('群众满意度')
    expect(notMet).not.toContain('工程验收合格率')
    expect(rest).toContain('群众满意度')
  })
})
