import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

// a 项目支出绩效信息表 read from a PDF whose project cells are merged over several rows: the reader spread the header's
// own words (项目名称 | 预算金额 | 年度绩效目标) down into the rows above the one where the project's name is printed
const text = [
  '青禾县水产技术推广站2025年单位预算', '',
  '表十 项目支出绩效信息表', '单位：万元',
  '项目名称\t预算金额\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值',
  '项目名称\t预算金额\t年度绩效目标\t产出指标\t数量指标\t示范养殖户数\t≥40户',
  '项目名称\t预算金额\t年度绩效目标\t产出指标\t质量指标\t技术到位率\t≥90%',
  '水产健康养殖推广\t64.00\t推广稻渔综合种养和池塘尾水治理技术。\t效益指标\t经济效益指标\t亩均增收\t≥300元',
  '水产健康养殖推广\t64.00\t推广稻渔综合种养和池塘尾水治理技术。\t满意度指标\t服务对象满意度指标\t养殖户满意度\t≥90%',
  '苗种质量监测\t12.50\t完成苗种场质量抽检。\t产出指标\t数量指标\t抽检批次\t≥30批次',
].join('\n')

describe('rule header-spread: header words spread into a performance grid’s rows name no project', () => {
  const perf = parseDocument('station-2025.txt', text).document.tables.filter((t) => t.kind === 'performance')
  const project = (t: (typeof perf)[number]) => t.fields.find((f) => f.key === '项目名称')?.value

  it('the rows above the project’s printed name are that project’s; the repeated name opens no new table', () => {
    expect(perf.map(project)).toEqual(['水产健康养殖推广', '苗种质量监测'])
    expect(perf[0].rows.map((r) => r.indicator?.name)).toEqual(['示范养殖户数', '技术到位率', '亩均增收', '养殖户满意度'])
    expect(perf[0].rows[0].indicator?.levels).toEqual(['产出指标', '数量指标'])
    expect(perf[1].rows.map((r) => r.indicator?.name)).toEqual(['抽检批次'])
  })
})
