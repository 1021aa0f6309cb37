import { describe, expect, it } from 'vitest'
import type { PdfItem, PdfPage } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, rowByCode, rowByName } from '../parse/helpers.js'

/**
 * Session 33: a PDF whose tables have no ruling lines, columns set by position alone (as a typewriter-style export
 * prints them): two tables on one page, the second under a numbered title whose number a wide space sets apart
 * ("表2　一般公共预算支出表", two text runs); a header label on two lines (一般公共 over 预算拨款); zero as —. The
 * numbered title is a caption, never a row of the table above it (rule numbered-title-caption). Made-up figures.
 */
const H = 10
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\d,.\-%]/.test(ch) ? 0.55 : 1) * H, 0)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const right = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)

const income = [
  at('表1', 200, 100), at('收入总表', 232, 100), right('单位：万元', 540, 124),
  at('项目', 60, 150), right('合计', 300, 150), right('一般公共', 380, 150), right('事业收入', 460, 150), right('其他收入', 540, 150),
  right('预算拨款', 380, 164),
  at('合计', 60, 186), right('1,860.40', 300, 186), right('1,800.00', 380, 186), right('40.40', 460, 186), right('20.00', 540, 186),
  at('岭西市水文监测站', 60, 206), right('1,860.40', 300, 206), right('1,800.00', 380, 206), right('40.40', 460, 206), right('20.00', 540, 206),
]
const spendingRows: [string, string, string[]][] = [
  ['', '合计', ['1,800.00', '1,400.00', '400.00']],
  ['213', '农林水支出', ['1,500.00', '1,100.00', '400.00']],
  ['2130301', '行政运行', ['900.00', '900.00', '—']],
  ['2130310', '水文测报', ['400.00', '—', '400.00']],
  ['2130399', '其他水利支出', ['200.00', '200.00', '—']],
  ['221', '住房保障支出', ['300.00', '300.00', '—']],
]
const spending = [
  at('表2', 200, 250), at('一般公共预算支出表', 232, 250), right('单位：万元', 540, 274),
  at('科目编码', 60, 300), at('科目名称', 130, 300), right('合计', 380, 300), right('基本支出', 460, 300), right('项目支出', 540, 300),
  ...spendingRows.flatMap(([code, name, figs], k) => {
    const y = 322 + 20 * k
    return [...(code ? [at(code, 60, y)] : []), at(name, 130, y), ...figs.map((f, i) => right(f, [380, 460, 540][i], y))]
  }),
]
const pages: PdfPage[] = [{ number: 1, width: 595, height: 842, items: [at('岭西市水文监测站2025年单位预算', 150, 50), ...income, ...spending] }]

describe('tables with no ruling lines, two on a page', () => {
  const lines = layoutPages(pages)
  const texts = lines.map((l) => l.text)
  const doc = parseDocument('lingxi-swjcz-2025-dwys.pdf', texts.join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document

  it('reads the second table’s numbered title as a caption, not a row of the first', () => {
    expect(doc.tables.map((t) => t.title)).toEqual([expect.stringMatching(/收入总表$/), expect.stringMatching(/一般公共预算支出表$/)])
    expect(doc.tables[0].rows.map((r) => r.name)).toEqual(['合计', '岭西市水文监测站'])
  })
  it('joins a header label printed on two lines', () => {
    const t = doc.tables[0]
    expect(t.columns.map((c) => c.label)).toEqual(['项目', '合计', '一般公共预算拨款', '事业收入', '其他收入'])
    expect(cell(t, rowByName(t, '岭西市水文监测站'), /一般公共预算拨款/)).toBe('1,800.00')
  })
  it('keeps each figure of the second table under its own column', () => {
    const t = doc.tables[1]
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'total', 'basic', 'project'])
    expect(cell(t, rowByCode(t, '2130310'), /项目支出/)).toBe('400.00')
    expect(cell(t, rowByCode(t, '221'), /基本支出/)).toBe('300.00')
  })
})

/**
 * A 绩效目标 form in the same PDF: its numbered title a caption (never a row of the form), its level labels printed on
 * the first row of their indicators, not centred on them (rule split-rows reads both).
 */
const form = [
  at('表6', 200, 100), at('项目支出绩效目标表', 232, 100),
  at('项目名称：水文测报站网运行维护', 60, 130), at('预算金额：400.00万元', 360, 130),
  at('一级指标', 60, 160), at('二级指标', 140, 160), at('三级指标', 230, 160), at('指标值', 440, 160),
  at('产出指标', 60, 182), at('数量指标', 140, 182), at('维护水文测站数量', 230, 182), at('≥36个', 440, 182),
  at('质量指标', 140, 202), at('测报数据合格率', 230, 202), at('≥98%', 440, 202),
  at('效益指标', 60, 222), at('社会效益指标', 140, 222), at('防汛预警信息发布及时率', 230, 222), at('100%', 440, 222),
  at('满意度指标', 60, 242), at('服务对象满意度', 140, 242), at('防汛部门满意度', 230, 242), at('≥90%', 440, 242),
]

describe('a 绩效目标 form with no ruling lines', () => {
  const lines = layoutPages([{ number: 1, width: 595, height: 842, items: [at('岭西市水文监测站2025年单位预算', 150, 50), ...form] }])
  const texts = lines.map((l) => l.text)
  it('reads its numbered title as a caption, and each level label as its rows’', () => {
    expect(texts).toContain('表6项目支出绩效目标表')
    expect(texts).toContain('产出指标\t质量指标\t测报数据合格率\t≥98%')
    expect(texts).toContain('效益指标\t社会效益指标\t防汛预警信息发布及时率\t100%')
  })
})
