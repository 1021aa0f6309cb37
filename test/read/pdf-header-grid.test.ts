import { describe, expect, it } from 'vitest'
import { chunksOf, groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { renderTable } from '../../server/core/read/pdf/table.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, rowByName } from '../parse/helpers.js'

/** An item of `str` centred on x (or starting at x), its text's vertical middle at `mid`; 12 pt high. */
const H = 12
const width = (s: string) => s.length * (/^[\d,.\-]+$/.test(s) ? 6 : H)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)
/** A figure right-aligned at x1. */
const fig = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)
const texts = (items: PdfItem[]) => renderTable(groupLines(1, items)).map((l) => l.text)

// columns: 0 names 50–150, 1 figures ..230, 2 names 250–350, 3 ..430, 4 ..510, 5 ..590, 6 ..670
// header rows (text middles): A 100, B 125, C 150, D 175; a label centred in a cell over several rows sits between
const twoSided = [
  centred('本年收入', 140, 100), centred('本年支出', 460, 100),
  centred('预算数', 520, 125),
  centred('基本支出', 520, 150),
  centred('项目', 100, 150), centred('预算数', 200, 150), centred('项目', 300, 150),
  centred('合计', 400, 162.5), centred('项目支出', 640, 162.5),
  centred('人员经费', 480, 175), centred('公用经费', 560, 175),
  at('一、财政拨款收入', 50, 210), fig('9,000.00', 230, 210), at('一、教育支出', 250, 210),
  fig('9,000.00', 430, 210), fig('5,000.00', 510, 210), fig('3,000.00', 590, 210), fig('1,000.00', 670, 210),
  at('收入总计', 50, 235), fig('9,000.00', 230, 235), at('支出总计', 250, 235),
  fig('9,000.00', 430, 235), fig('5,000.00', 510, 235), fig('3,000.00', 590, 235), fig('1,000.00', 670, 235),
]

describe('header cells spread over the grid they cover', () => {
  it('shares a row of group labels out by centring, stops a group at leaves centred over several rows', () => {
    expect(texts(twoSided).slice(0, 4)).toEqual([
      '本年收入\t本年收入\t本年支出\t本年支出\t本年支出\t本年支出\t本年支出',
      '项目\t预算数\t项目\t预算数\t预算数\t预算数\t预算数',
      '项目\t预算数\t项目\t合计\t基本支出\t基本支出\t项目支出',
      '项目\t预算数\t项目\t合计\t人员经费\t公用经费\t项目支出',
    ])
  })

  it('gives each column of a two-sided table its side and its path', () => {
    const pages = [{ number: 1, width: 842, height: 595, items: [centred('某某县某某中心2026年单位预算', 400, 20), centred('2026年单位收支总表', 400, 45), at('单位：元', 600, 70), ...twoSided] }]
    const lines = layoutPages(pages)
    const doc = parseDocument('grid.pdf', lines.map((l) => l.text).join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document
    const t = doc.tables[0]
    expect(t.columns.map((c) => `${c.side}:${c.label}`)).toEqual([
      'income:本年收入 › 项目', 'income:本年收入 › 预算数', 'spending:本年支出 › 项目', 'spending:本年支出 › 预算数 › 合计',
      'spending:本年支出 › 预算数 › 基本支出 › 人员经费', 'spending:本年支出 › 预算数 › 基本支出 › 公用经费', 'spending:本年支出 › 预算数 › 项目支出',
    ])
    expect(cell(t, rowByName(t, '一、教育支出', 'spending'), /项目支出$/)).toBe('1,000.00')
  })

  it('does not take a group label over another, off its axis, for one label wrapped over two lines', () => {
    const items = [
      centred('三公经费', 140, 100), centred('公务用车费', 165, 113),
      centred('合计', 80, 121.5), centred('小计', 140, 130), centred('运行费', 190, 130),
      fig('9.00', 100, 160), fig('5.00', 160, 160), fig('5.00', 210, 160),
    ]
    expect(texts(items).slice(0, 3)).toEqual(['三公经费\t三公经费\t三公经费', '合计\t公务用车费\t公务用车费', '合计\t小计\t运行费'])
  })

  it('lets groups printed higher than their siblings reach up a row (a 决算 三公 table: 预算数 | 决算数 under each)', () => {
    // 合计 and 接待费 are centred over two rows, beside 公务用车费 over 小计 | 运行费; 预算数 | 决算数 under every one
    const leaves = [40, 80, 120, 160, 200, 240, 280, 320].flatMap((x, k) => [centred(k % 2 ? '决算数' : '预算数', x, 175)])
    const items = [
      centred('三公经费', 180, 100),
      centred('公务用车费', 180, 125),
      centred('合计', 60, 143), centred('接待费', 300, 143),
      centred('小计', 140, 150), centred('运行费', 220, 150),
      ...leaves,
      ...[40, 80, 120, 160, 200, 240, 280, 320].map((x) => fig('1.00', x + 15, 200)),
    ]
    expect(texts(items).slice(0, 4)).toEqual([
      '三公经费\t三公经费\t三公经费\t三公经费\t三公经费\t三公经费\t三公经费\t三公经费',
      '合计\t合计\t公务用车费\t公务用车费\t公务用车费\t公务用车费\t接待费\t接待费',
      '合计\t合计\t公务用车费\t公务用车费\t公务用车费\t公务用车费\t接待费\t接待费',
      '预算数\t决算数\t小计\t小计\t运行费\t运行费\t预算数\t决算数',
    ])
    const paths = parseDocument('sg.pdf', ['某某县某某局2025年部门决算', '“三公”经费支出决算表', '单位：万元', ...texts(items)].join('\n')).document.tables[0].columns.map((c) => c.label)
    expect(paths.slice(0, 4)).toEqual(['三公经费 › 合计 › 预算数', '三公经费 › 合计 › 决算数', '三公经费 › 公务用车费 › 小计 › 预算数', '三公经费 › 公务用车费 › 小计 › 决算数'])
    expect(paths.slice(-2)).toEqual(['三公经费 › 接待费 › 预算数', '三公经费 › 接待费 › 决算数'])
  })

  it('keeps a leaf that spans every header row out of the groups beside it (机关运行经费 beside the 三公 groups)', () => {
    // 三公经费 over 合计/接待费 (centred over two rows) and the 公务用车 group; 机关运行经费 over all three rows
    const items = [
      centred('三公经费', 160, 100),
      centred('公务用车费', 225, 125), centred('机关运行经费', 330, 125),
      centred('合计', 80, 137.5), centred('接待费', 140, 137.5),
      centred('小计', 200, 150), centred('运行费', 250, 150),
      fig('9.00', 100, 180), fig('4.00', 160, 180), fig('5.00', 220, 180), fig('5.00', 270, 180), fig('30.00', 360, 180),
    ]
    expect(texts(items).slice(0, 3)).toEqual([
      '三公经费\t三公经费\t三公经费\t三公经费\t机关运行经费',
      '合计\t接待费\t公务用车费\t公务用车费\t机关运行经费',
      '合计\t接待费\t小计\t运行费\t机关运行经费',
    ])
  })
})

describe('rows whose figures are centred between the lines of their name', () => {
  it('joins the lines above and below into the row, whatever the first starts with', () => {
    const items = [
      at('项目', 50, 100), at('金额', 300, 100),
      at('一、教育支出', 50, 130), fig('100.00', 340, 130),
      at('二、文化旅游体育与传媒', 50, 154), fig('200.00', 340, 160), at('支出', 50, 166),
      at('三、卫生健康支出', 50, 190), fig('300.00', 340, 190),
    ]
    expect(texts(items).slice(1)).toEqual(['一、教育支出\t100.00', '二、文化旅游体育与传媒支出\t200.00', '三、卫生健康支出\t300.00'])
  })
})

describe('rows printed off their baseline', () => {
  it('joins a code set a little above its row, and the first row whose name wraps above its figures', () => {
    const items = [
      at('编码', 50, 100), at('科目名称', 120, 100), at('决算数', 300, 100),
      at('社会保障和就', 120, 123), at('208', 50, 130), fig('75.00', 340, 130), at('业支出', 120, 137),
      at('22102', 50, 155), at('住房改革支出', 120, 160), fig('46.00', 340, 160),
      at('2210201', 50, 185), at('住房公积金', 120, 185), fig('29.00', 340, 185),
    ]
    expect(texts(items)).toEqual(['编码\t科目名称\t决算数', '208\t社会保障和就业支出\t75.00', '22102\t住房改革支出\t46.00', '2210201\t住房公积金\t29.00'])
  })

  it('keeps a row left empty in a table set tight (rows a line and a half apart) as a row, not a wrapped name', () => {
    const rows = ['本年收入合计', '使用非财政拨款结余', '年初结转和结余', '总计']
    const items = [at('项目', 50, 100), at('决算数', 300, 100), ...rows.flatMap((name, k) => [at(name, 50, 118 + 18 * k), ...(k === 1 ? [] : [fig('10.00', 340, 118 + 18 * k)])])]
    items.push(at('甲', 50, 190), fig('1.00', 340, 190), at('乙', 50, 208), fig('2.00', 340, 208))
    expect(texts(items).slice(1, 5)).toEqual(['本年收入合计\t10.00', '使用非财政拨款结余\t', '年初结转和结余\t10.00', '总计\t10.00'])
  })
})

describe('cells of a line', () => {
  it('splits two words set a little apart: Chinese puts no space between the words of one cell', () => {
    const items = [at('政府性基金预算', 100, 10), at('国有资本经营预算', 100 + width('政府性基金预算') + 4, 10)]
    expect(chunksOf(items).map((c) => c.text)).toEqual(['政府性基金预算', '国有资本经营预算'])
    // one letter-spaced character at a time stays one cell
    expect(chunksOf([at('合', 0, 10), at('计', 16, 10)]).map((c) => c.text)).toEqual(['合计'])
  })
})
