import { describe, expect, it } from 'vitest'
import type { PdfItem } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'

const H = 8
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? H / 2 : H), 0)
/** An item starting at x with its text's vertical middle at `mid`. */
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)

// a 绩效目标表 page of one project, as a budget system prints it: key/value rows (a value and the next key written as
// one string), a label stacked at the left over the fund rows, two text blocks under their labels, and an indicator
// grid whose level labels are centred over the indicators they group and whose second-level label wraps
const form: PdfItem[] = [
  centred('某某镇人民政府2026年部门预算', 300, 20),
  centred('项目支出绩效目标申报表', 300, 60), centred('（2026年度）', 300, 75),
  at('项目名称', 80, 100), at('乡村道路养护经费', 170, 100), at('项目类型', 320, 100), at('经常性项目', 400, 100),
  at('主管部门', 80, 120), at('某某镇人民政府', 170, 120),
  at('项目资金总额', 150, 140), at('2,480,000.00 年度资金总额', 300, 140), at('2,480,000.00', 470, 140),
  at('其中：当年财政拨款', 380, 160), at('2,300,000.00', 470, 160),
  at('项目资金', 80, 168),
  at('其中：财政资金', 150, 170), at('2,300,000.00', 300, 170),
  at('（元）', 84, 177), at('上年结转资金', 380, 180), at('180,000.00', 478, 180),
  centred('项目总目标', 230, 205), centred('年度总体目标', 440, 205),
  at('项', 60, 222), at('完成全镇村道日常养护，保持路面', 100, 225), at('完成年度村道养护任务，', 380, 222),
  at('目', 60, 232), at('完好畅通。', 100, 235), at('路面完好率保持高位。', 380, 232),
  centred('一级指标', 120, 260), centred('二级指标', 185, 260), centred('三级指标', 300, 260), centred('指标值', 460, 260),
  centred('数量指标', 185, 280), centred('养护里程', 300, 280), centred('≥120(公里)', 460, 280),
  centred('产出指标', 120, 290),
  centred('质量指标', 185, 300), centred('路面完好率', 300, 300), centred('≥95%', 460, 300),
  at('绩效指标', 40, 310),
  centred('效益指标', 120, 320), centred('社会效益指标', 185, 320), centred('通行条件改善', 300, 320), centred('明显改善', 460, 320),
  centred('服务对象满', 185, 335), centred('满意度指标', 120, 340), centred('群众满意度', 300, 340), centred('≥90%', 460, 340), centred('意度指标', 185, 345),
]

describe('a 绩效目标 form read from a PDF page', () => {
  const lines = layoutPages([{ number: 1, width: 595, height: 842, items: form }])
  const text = lines.map((l) => l.text)

  it('writes key/value rows, the stacked label, the text blocks and the indicator grid as lines of cells', () => {
    expect(text).toContain('项目资金总额\t2,480,000.00\t年度资金总额\t2,480,000.00')
    expect(text).toContain('项目资金（元）\t')
    expect(text).toContain('上年结转资金\t180,000.00')
    expect(text).toContain('项目总目标\t完成全镇村道日常养护，保持路面完好畅通。\t年度总体目标\t完成年度村道养护任务，路面完好率保持高位。')
    expect(text.slice(-5)).toEqual([
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t养护里程\t≥120(公里)',
      '产出指标\t质量指标\t路面完好率\t≥95%',
      '效益指标\t社会效益指标\t通行条件改善\t明显改善',
      '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%',
    ])
    for (const l of lines) expect(l.origin.page).toBe(1)
  })

  it('parses into fields with amounts and indicator rows, each citing its line', () => {
    const doc = parseDocument('form.pdf', text.join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document
    const t = doc.tables.find((x) => x.kind === 'performance')!
    const f = (key: string) => t.fields.find((x) => x.key === key)
    expect(f('项目名称')?.value).toBe('乡村道路养护经费')
    expect(f('项目资金总额')?.amount?.fen).toBe(248000000)
    expect(f('当年财政拨款')?.amount?.fen).toBe(230000000)
    expect(f('财政资金')?.amount?.fen).toBe(230000000)
    expect(text[f('项目资金总额')!.line - 1]).toContain('项目资金总额')
    expect(t.rows.map((r) => [r.name, r.indicator?.target, r.indicator?.levels?.join('/')])).toEqual([
      ['养护里程', '≥120(公里)', '产出指标/数量指标'],
      ['路面完好率', '≥95%', '产出指标/质量指标'],
      ['通行条件改善', '明显改善', '效益指标/社会效益指标'],
      ['群众满意度', '≥90%', '满意度指标/服务对象满意度指标'],
    ])
  })
})

// a 项目支出绩效自评表 at the foot of a 决算's page: key/value rows only (no indicator grid), its money as pairs behind
// a group label, a printed score; the next page opens the next part, which is no row of the form
const selfEvaluation: PdfItem[] = [
  at('表8 项目支出绩效自评表', 200, 490),
  at('编制单位：某某乡人民政府', 60, 510), at('单位：万元', 460, 510),
  at('项目', 60, 525), at('内容', 170, 525),
  at('项目名称', 60, 540), at('某某乡饮水安全巩固提升项目', 170, 540),
  at('项目资金（万元）', 60, 560), at('年初预算数', 170, 560), at('80.00', 250, 560), at('全年预算数', 300, 560), at('92.40', 380, 560), at('全年执行数', 420, 560), at('90.10', 500, 560),
  at('自评得分', 60, 580), at('91分', 170, 580),
  at('偏差原因', 60, 600), at('一处泵站设备到货延迟', 170, 600),
]
const nextPage: PdfItem[] = [
  at('第三部分', 60, 40), at('2024年度部门决算情况说明', 140, 40),
  at('一、收入决算情况说明', 60, 60),
]

describe('a 绩效自评表 read from a PDF page as a form', () => {
  const lines = layoutPages([{ number: 1, width: 595, height: 842, items: selfEvaluation }, { number: 2, width: 595, height: 842, items: nextPage }])
  const text = lines.map((l) => l.text)

  it('keeps every cell of its key/value rows (the project name is not dropped) and ends the form at the next part', () => {
    expect(text).toContain('项目名称\t某某乡饮水安全巩固提升项目')
    expect(text).toContain('偏差原因\t一处泵站设备到货延迟')
    expect(text.some((t) => t.startsWith('第三部分') && !t.includes('偏差原因'))).toBe(true)
  })

  it('parses into the form’s fields: the money pairs behind their group label, the score', () => {
    const doc = parseDocument('zp.pdf', text.join('\n')).document
    const t = doc.tables.find((x) => x.kind === 'performance')!
    const f = (k: string) => t.fields.find((x) => x.key === k)?.value
    expect(f('项目名称')).toBe('某某乡饮水安全巩固提升项目')
    expect([f('年初预算数'), f('全年预算数'), f('全年执行数')]).toEqual(['80.00', '92.40', '90.10'])
    expect(f('自评得分')).toBe('91分')
    expect(t.fields.some((x) => x.key.includes('第三部分'))).toBe(false)
  })
})
