import { describe, expect, it } from 'vitest'
import { unflattenForm } from '../../server/core/parse/flat-form.js'

const at = (text: string) => ({ no: 7, raw: text, text })

describe('stage flat-form', () => {
  it('leaves alone a long line that is not a self-evaluation form (prose naming 年初预算数 and 执行数, no indicator header)', () => {
    const prose = '本单位2023年年初预算数为120.5万元，全年预算数为131.2万元，全年执行数为130.9万元，执行率99.8%，项目名称为村级公益事业一事一议奖补，主管部门为镇财政所，执行情况良好，较上年有所提高。'
    expect(unflattenForm(at(prose))).toBeUndefined()
  })

  it('reads a flattened form back into tab lines that keep the source line number; unplaced words stay one text line', () => {
    const flat = '项目支出绩效自评表 (2024年度) 项目名称 渡口安全管理 主管部门 黎川乡人民政府 实施单位 黎川乡农业服务中心 项目资金 (万元) 年初预算数 全年预算数 全年执行数 执行率 分值 得分 年度资金总额 12 12 11.5 95.83% 10 9.6 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 渡口巡查次数 ≥48次 52 50 50 效益指标 社会效益指标 渡运安全事故 0起 0 40 40 满意'
    const lines = unflattenForm(at(flat))!
    expect(lines.every((l) => l.no === 7)).toBe(true)
    expect(lines.map((l) => l.text)).toEqual([
      '项目支出绩效自评表(2024年度)',
      '项目名称\t渡口安全管理',
      '主管部门\t黎川乡人民政府',
      '实施单位\t黎川乡农业服务中心',
      '项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分',
      '年度资金总额\t12\t12\t11.5\t95.83%\t10\t9.6',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t渡口巡查次数\t≥48次\t52\t50\t50',
      '效益指标\t社会效益指标\t渡运安全事故\t0起\t0\t40\t40',
      '满意',
    ])
  })
})
