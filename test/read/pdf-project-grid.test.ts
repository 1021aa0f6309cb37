import { describe, expect, it } from 'vitest'
import type { PdfItem } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'

const H = 8
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? H / 2 : H), 0)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)

// a 项目支出绩效表 listing two projects: each project's name and goal printed once, flush left and vertically centred
// over its indicator rows (the name wrapped, its last character alone on a line); the header's 一级指标 broken over two
// lines above and below the others
const page: PdfItem[] = [
  centred('某某县林业局2026年部门预算', 300, 20),
  centred('项目支出绩效表', 300, 50),
  at('部门：某某县林业局', 40, 70), at('表十', 280, 70), at('单位：万元', 480, 70),
  centred('一级', 330, 86), centred('项目名称', 80, 90), centred('年度目标', 200, 90), centred('二级指标', 400, 90), centred('三级指标', 470, 90), centred('指标值', 540, 90), centred('指标', 330, 94),
  // project 1 over rows at 110, 125, 140, 155: its name centred at 132
  centred('产出指标', 330, 110), centred('数量指标', 400, 110), centred('造林面积', 470, 110), centred('≥800亩', 540, 110),
  centred('产出指标', 330, 125), centred('质量指标', 400, 125), centred('苗木成活率', 470, 125), centred('≥85%', 540, 125),
  at('森林抚育与', 40, 128), at('完成年度造林任务。', 130, 132),
  at('造林补助', 40, 137),
  centred('效益指标', 330, 140), centred('生态效益指标', 400, 140), centred('森林覆盖率', 470, 140), centred('稳步提高', 540, 140),
  centred('满意度指标', 330, 155), centred('服务对象满意度', 400, 155), centred('林农满意度', 470, 155), centred('≥90%', 540, 155),
  // project 2 over rows at 175, 190, 205: its name centred at 190, the last character alone
  centred('产出指标', 330, 175), centred('数量指标', 400, 175), centred('巡护里程', 470, 175), centred('≥3000公里', 540, 175),
  at('森林防火巡护', 40, 181), at('全年无重大森林火灾。', 130, 190),
  centred('效益指标', 330, 190), centred('社会效益指标', 400, 190), centred('重大火灾次数', 470, 190), centred('0次', 540, 190),
  at('专项经费项', 40, 190), at('目', 40, 199),
  centred('满意度指标', 330, 205), centred('服务对象满意度', 400, 205), centred('周边群众满意度', 470, 205), centred('≥92%', 540, 205),
]

describe('a 项目支出绩效表 listing projects, read from a PDF page', () => {
  const lines = layoutPages([{ number: 1, width: 595, height: 842, items: page }])
  const text = lines.map((l) => l.text)

  it('reads the header as one line and gives every indicator row its own project, never the next one’s', () => {
    expect(text).toContain('项目名称\t年度目标\t一级指标\t二级指标\t三级指标\t指标值')
    const row = (indicator: string) => text.find((t) => t.includes(`\t${indicator}\t`))?.split('\t')[0]
    for (const i of ['造林面积', '苗木成活率', '森林覆盖率', '林农满意度']) expect(row(i)).toBe('森林抚育与造林补助')
    for (const i of ['巡护里程', '重大火灾次数', '周边群众满意度']) expect(row(i)).toBe('森林防火巡护专项经费项目')
  })

  it('parses one table per project, the name repeated down its rows opening no new one', () => {
    const doc = parseDocument('grid.pdf', text.join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document
    const perf = doc.tables.filter((x) => x.kind === 'performance')
    const project = (t: (typeof perf)[number]) => t.fields.find((f) => f.key === '项目名称')?.value
    expect(perf.map(project)).toEqual(['森林抚育与造林补助', '森林防火巡护专项经费项目'])
    expect(perf[0].rows.map((r) => r.indicator?.name)).toEqual(['造林面积', '苗木成活率', '森林覆盖率', '林农满意度'])
    expect(perf[1].rows.find((r) => r.indicator?.name === '重大火灾次数')?.indicator?.target).toBe('0次')
    expect(perf[0].fields.find((f) => f.key === '年度目标')?.value).toBe('完成年度造林任务。')
    expect(perf[0].rows[0].indicator?.levels).toEqual(['产出指标', '数量指标'])
    // targets are the table's figures: a list printing no budget is no empty table
    expect(perf.every((t) => !t.noData)).toBe(true)
  })
})
