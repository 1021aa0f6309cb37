import { describe, expect, it } from 'vitest'
import type { PdfItem, PdfPage } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, rowByCode, rowByName, tableByNumber } from '../parse/helpers.js'

// A web page printed to PDF (our own fixture, no real document's names or figures): 9 pt text, table rows 22 pt apart
// (a gap of 1.4 lines), a header label wrapped inside its cell at 15.5 pt (a gap of 0.7 lines: more than the 0.6 a
// tight table allows a wrap); each table under a centred title and a caption row "表N  编制单位：…  单位：万元".
const H = 9
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\d,.\-%]/.test(ch) ? 0.55 : 1) * H, 0)
const at = (str: string, x: number, mid: number, h = H): PdfItem => ({ str, x, top: mid - h / 2, base: mid + h / 2, w: width(str) * (h / H), h })
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)
const fig = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)
/** A label wrapped over lines inside its cell, centred on cx, its lines 15.5 pt apart around mid. */
const wrapped = (parts: string[], cx: number, mid: number) => parts.map((p, k) => centred(p, cx, mid + (k - (parts.length - 1) / 2) * 15.5))

/** Title, then the caption row: number at the left margin, 编制单位 in the middle, the unit at the right. */
const caption = (title: string, number: string, y: number) => [
  centred(title, 300, y), at(number, 50, y + 20), at('编制单位：某某县农机推广站', 220, y + 20), at('单位：万元', 500, y + 20),
]

// 表二: 科目编码 | 科目名称 | 上年预算数 | 本年预算数 (小计 | 基本支出 | 项目支出) | 本年比上年增减; labels wrap in narrow cells
const spendingHeader = [
  ...wrapped(['科目编', '码'], 70, 140), centred('科目名称', 150, 140), ...wrapped(['2023年预', '算数'], 250, 140),
  centred('2024年预算数', 360, 124), centred('小计', 310, 156), ...wrapped(['基本支', '出'], 360, 156), ...wrapped(['项目支', '出'], 410, 156),
  ...wrapped(['本年比上年预', '算数增减'], 490, 140),
]
const spendingRows: [string, string, string[]][] = [
  ['', '合计', ['410.00', '398.50', '301.50', '97.00', '-11.50']],
  ['212', '城乡社区支出', ['410.00', '398.50', '301.50', '97.00', '-11.50']],
  ['21201', '城乡社区管理事务', ['410.00', '398.50', '301.50', '97.00', '-11.50']],
  ['2120104', '城管执法', ['330.00', '301.50', '301.50', '', '-28.50']],
  ['2120199', '其他城乡社区管理事务支出', ['80.00', '97.00', '', '97.00', '17.00']],
]
const figureRights = [280, 335, 385, 435, 540]
const spendingBody = spendingRows.flatMap(([code, name, figs], k) => {
  const y = 190 + 22 * k
  return [...(code ? [at(code, 50, y)] : []), at(name, code ? 100 : 50, y), ...figs.flatMap((f, i) => (f ? [fig(f, figureRights[i], y)] : []))]
})

// 表八 (two body rows only: too few to measure the table's own row gap, so the document's is taken)
const incomeHeader = [
  ...wrapped(['单位编', '码'], 70, 140), centred('单位名称', 150, 140), centred('合计', 230, 140),
  ...wrapped(['一般公共', '预算'], 290, 140), ...wrapped(['事业收', '入'], 350, 140), ...wrapped(['其他', '收入'], 410, 140),
]
const incomeBody = [
  at('合计', 50, 180), fig('512.00', 250, 180), fig('500.00', 310, 180), fig('12.00', 370, 180),
  at('901003', 50, 202), at('某某县农机推广站', 100, 202), fig('512.00', 250, 202), fig('500.00', 310, 202), fig('12.00', 370, 202),
]

const pages: PdfPage[] = [
  { number: 1, width: 595, height: 842, items: [centred('某某县农机推广站2024年单位预算', 300, 40), ...caption('一般公共预算支出表', '表二', 80), ...spendingHeader, ...spendingBody] },
  { number: 2, width: 595, height: 842, items: [...caption('部门(单位)收入总表', '表八', 80), ...incomeHeader, ...incomeBody] },
]

describe('tables of a web page printed to PDF: airy rows, labels wrapped in their cells, a caption row under the title', () => {
  const lines = layoutPages(pages)
  const texts = lines.map((l) => l.text)

  it('joins a header label wrapped inside its cell, as far apart as the table\'s airy rows allow', () => {
    const header = texts.slice(texts.indexOf('表二 编制单位：某某县农机推广站 单位：万元') + 1).slice(0, 2)
    expect(header).toEqual([
      '科目编码\t科目名称\t2023年预算数\t2024年预算数\t2024年预算数\t2024年预算数\t本年比上年预算数增减',
      '科目编码\t科目名称\t2023年预算数\t小计\t基本支出\t项目支出\t本年比上年预算数增减',
    ])
  })

  it('takes the document\'s row gap for a table with too few rows to measure its own', () => {
    expect(texts).toContain('单位编码\t单位名称\t合计\t一般公共预算\t事业收入\t其他收入')
  })

  it('parses each table under its title, with the number and unit of the caption row', () => {
    const doc = parseDocument('airy.pdf', texts.join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document
    expect(doc.tables.map((t) => `${t.number} ${t.title} ${t.unit}`)).toEqual(['表二 一般公共预算支出表 万元', '表八 部门(单位)收入总表 万元'])
    const t = tableByNumber(doc, '表二')
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'prior', 'total', 'basic', 'project', 'change'])
    expect(cell(t, rowByCode(t, '2120104'), /基本支出/)).toBe('301.50')
    expect(cell(t, rowByCode(t, '2120199'), /2023年预算数/)).toBe('80.00')
    const income = tableByNumber(doc, '表八')
    expect(cell(income, rowByName(income, '某某县农机推广站'), /事业收入/)).toBe('12.00')
  })
})
