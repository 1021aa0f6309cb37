import { describe, expect, it } from 'vitest'
import type { PdfItem, PdfPage } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'

/**
 * Session 34: a performance form with no ruling lines set tight (rows half a line apart, less than the room a
 * wrapped cell's lines get): each indicator line its own row, since the value column prints as many lines as the
 * names, line for line (rule line-per-row); a level label wrapped onto a second line stays whole. Made-up figures.
 */
const H = 10
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\d,.\-%≥≤]/.test(ch) ? 0.55 : 1) * H, 0)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })

const rows: [string, string, string, string][] = [
  ['产出指标', '数量指标', '维护水文测站数量', '≥20个'],
  ['产出指标', '质量指标', '测报数据合格率', '≥95%'],
  ['成本指标', '经济成本指标', '单站年维护成本', '≤3.5万元'],
  ['满意度指标', '服务对象满意', '群众满意度', '≥90%'],
]
const items: PdfItem[] = [
  at('表9项目支出绩效目标表', 200, 60),
  at('项目名称：水文测站运行维护', 60, 90), at('项目资金（万元）：70.00', 330, 90),
  at('一级指标', 60, 120), at('二级指标', 150, 120), at('三级指标', 260, 120), at('指标值', 450, 120),
  ...rows.flatMap(([a, b, c, d], k) => [at(a, 60, 140 + 15 * k), at(b, 150, 140 + 15 * k), at(c, 260, 140 + 15 * k), at(d, 450, 140 + 15 * k)]),
  at('度指标', 150, 140 + 15 * 4),
]
const pages: PdfPage[] = [{ number: 1, width: 595, height: 842, items: [at('汀岚市水文站2025年单位预算', 150, 30), ...items] }]

describe('a tight form without ruling lines', () => {
  const texts = layoutPages(pages).map((l) => l.text)

  it('reads each indicator line as its own row', () => {
    const rate = texts.find((t) => t.includes('测报数据合格率'))
    expect(rate).toBeDefined()
    expect(rate).toContain('≥95%')
    expect(rate).not.toContain('维护水文测站数量')
    expect(texts.find((t) => t.includes('单站年维护成本'))).toContain('≤3.5万元')
  })
})
