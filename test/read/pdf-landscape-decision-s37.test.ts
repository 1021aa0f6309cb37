import { describe, expect, it } from 'vitest'
import type { PdfItem, PdfPage } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, rowByCode, rowByName } from '../parse/helpers.js'

/**
 * Session 37 (read after blind83 was scored): a 部门决算 PDF with no ruling lines, landscape, amounts in 元. Each table's
 * number stands apart after its title ("支出决算表　公开03表") and the page after its first repeats it with 续表
 * ("支出决算表（续表）　公开03表"): a caption (rule numbered-after), and the continuation joins the table though the
 * number follows the mark. Figures are right-aligned under centred labels, the 栏次 numbers centred, so a column's
 * 栏次 number stands clear of its figures: one column (rule lanci-number-column). A 基本支出表 printed in halves,
 * 人员经费 and 公用经费 centred over each half's cells and so over none of its labels: group labels, never columns
 * (rule flanked-group). Made-up organisation and figures.
 */
const H = 8.5
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\d,.\-%]/.test(ch) ? 0.5 : 1) * H, 0)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const right = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)

const SPENDING_HEAD = (title: string): PdfItem[] => [
  centred(title, 420, 40), at('公开03表', 760, 40),
  at('部门：澄川县自然资源局', 40, 62), at('金额单位：元', 740, 62),
  at('科目编码', 49, 84), at('科目名称', 137, 84), centred('本年支出合计', 283, 84), centred('基本支出', 382, 84), centred('项目支出', 480, 84), centred('经营支出', 578, 84),
  at('栏次', 145, 100), centred('1', 283, 100), centred('2', 382, 100), centred('3', 480, 100), centred('4', 578, 100),
]
const rows1: [string, string, string[]][] = [
  ['', '合计', ['6,120,000', '4,020,000', '2,100,000']],
  ['220', '自然资源海洋气象等支出', ['5,300,000', '3,200,000', '2,100,000']],
  ['22001', '自然资源事务', ['5,300,000', '3,200,000', '2,100,000']],
  ['2200101', '行政运行', ['3,200,000', '3,200,000', '']],
  ['2200106', '自然资源利用与保护', ['2,100,000', '', '2,100,000']],
]
const rows2: [string, string, string[]][] = [
  ['221', '住房保障支出', ['820,000', '820,000', '']],
  ['22102', '住房改革支出', ['820,000', '820,000', '']],
  ['2210201', '住房公积金', ['820,000', '820,000', '']],
]
const body = (rows: [string, string, string[]][], y0: number) => rows.flatMap(([code, name, figs], k) => {
  const y = y0 + 16 * k
  return [...(code ? [at(code, 40, y)] : []), at(name, code ? 98 : 98, y), ...figs.flatMap((f, i) => (f ? [right(f, [306, 404, 502][i], y)] : []))]
})
const BASIC: PdfItem[] = [
  centred('一般公共预算财政拨款基本支出决算表', 420, 40), at('公开06表', 760, 40),
  at('部门：澄川县自然资源局', 40, 62), at('金额单位：元', 740, 62),
  centred('人员经费', 186, 84), centred('公用经费', 546, 84),
  at('科目编码', 46, 100), at('科目名称', 132, 100), at('决算数', 260, 100), at('科目编码', 406, 100), at('科目名称', 492, 100), at('决算数', 620, 100),
  at('301', 40, 120), at('工资福利支出', 90, 120), right('3,100,000', 332, 120), at('302', 400, 120), at('商品和服务支出', 450, 120), right('500,000', 692, 120),
  at('30101', 40, 136), at('基本工资', 90, 136), right('3,100,000', 332, 136), at('30201', 400, 136), at('办公费', 450, 136), right('500,000', 692, 136),
  at('303', 40, 152), at('对个人和家庭的补助', 90, 152), right('420,000', 332, 152), at('310', 400, 152), at('资本性支出', 450, 152), right('0', 692, 152),
  at('人员经费合计', 90, 168), right('3,520,000', 332, 168), at('公用经费合计', 450, 168), right('500,000', 692, 168),
]
const pages: PdfPage[] = [
  { number: 1, width: 842, height: 595, items: [...SPENDING_HEAD('支出决算表'), ...body(rows1, 120)] },
  { number: 2, width: 842, height: 595, items: [...SPENDING_HEAD('支出决算表（续表）'), ...body(rows2, 120)] },
  { number: 3, width: 842, height: 595, items: BASIC },
]

describe('an unruled landscape 部门决算', () => {
  const lines = layoutPages(pages)
  const doc = parseDocument('chengchuan-zrzyj-2024-bmjs.pdf', lines.map((l) => l.text).join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document
  const spending = doc.tables.find((t) => /^支出决算表/.test(t.title))!
  it('reads a title with its number after it as a caption, and joins the page after it', () => {
    expect(doc.tables.filter((t) => /支出决算表/.test(t.title) && !/基本/.test(t.title))).toHaveLength(1)
    expect(spending.rows.map((r) => r.code ?? r.name)).toContain('2210201')
    expect(spending.rows.some((r) => /续表/.test(r.name) || r.cells.some((c) => /续表/.test(c.text)))).toBe(false)
  })
  it('keeps 基本支出 and 项目支出 apart, each figure under its label', () => {
    expect(spending.columns.map((c) => c.label)).toEqual(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '经营支出'])
    expect(cell(spending, rowByCode(spending, '2200106'), /^项目支出/)).toBe('2,100,000')
    expect(cell(spending, rowByName(spending, '合计'), /^基本支出/)).toBe('4,020,000')
  })
  it('reads 人员经费 and 公用经费 over the halves as group labels', () => {
    const basic = doc.tables.find((t) => /基本支出决算表/.test(t.title))!
    expect(basic.columns.some((c) => c.label === '公用经费')).toBe(false)
    const office = basic.rows.find((r) => r.name === '办公费')!
    expect(office.cells.find((c) => c.text === '500,000')).toBeTruthy()
    expect(basic.rows.find((r) => r.code === '30201')?.name).toBe('办公费')
  })
})
