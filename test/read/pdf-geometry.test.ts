import { describe, expect, it } from 'vitest'
import { addHeaderColumns, bodyColumns, placeChunk } from '../../server/core/read/pdf/columns.js'
import { chunksOf, groupLines, joinItems, splitSpacedItem, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { headerLabels, leavesOf } from '../../server/core/read/pdf/header-labels.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { dropMargins } from '../../server/core/read/pdf/margins.js'
import { renderTable } from '../../server/core/read/pdf/table.js'

/** An item of `str` at x on the baseline `base` (from the page top), 12 pt high, 12 pt per character unless given. */
const item = (str: string, x: number, base: number, w = str.length * (/^[\d,.\-]+$/.test(str) ? 6 : 12), h = 12): PdfItem =>
  ({ str, x, top: base - h, base, w, h })
const texts = (items: PdfItem[]) => chunksOf(items).map((c) => c.text)

describe('lines and cells from item positions', () => {
  it('groups items by baseline and orders lines top to bottom, items left to right', () => {
    const lines = groupLines(1, [item('乙', 100, 40), item('甲', 60, 40.5), item('丙', 60, 20)])
    expect(lines.map((l) => l.chunks.map((c) => c.text).join('|'))).toEqual(['丙', '甲|乙'])
  })

  it('joins Chinese without spaces and keeps a number printed digit by digit whole', () => {
    expect(joinItems([item('预算', 0, 10), item('9746', 24, 10), item('.50', 48.5, 10), item('万元', 66.5, 10)])).toBe('预算9746.50万元')
    expect(texts([item('9', 0, 10, 6), item('7', 9, 10, 6), item('4', 18, 10, 6)])).toEqual(['974'])
  })

  it('splits cells at wide gaps, and at a narrow one beside a figure', () => {
    // 82,096,797.42 82,096,797.42 five points apart: two columns
    expect(texts([item('行政运行', 0, 10), item('82,096,797.42', 200, 10, 78), item('82,096,797.42', 283, 10, 78)]))
      .toEqual(['行政运行', '82,096,797.42', '82,096,797.42'])
    expect(texts([item('201', 0, 10), item('03', 41, 10), item('01', 78, 10)])).toEqual(['201', '03', '01'])
    expect(texts([item('政府办公厅', 0, 10), item('（', 60, 10), item('室', 72, 10), item('）', 84, 10)])).toEqual(['政府办公厅（室）'])
  })
})

describe('a row written as one string', () => {
  it('splits at runs of spaces, placing the parts by character widths', () => {
    const parts = splitSpacedItem(item('201   03   行政运行   1,000.00', 0, 10, 12 * (1.5 + 1.5 + 1 + 1.5 + 4 + 1.5 + 4)))
    expect(parts.map((p) => [p.str, p.x, p.w])).toEqual([['201', 0, 18], ['03', 36, 12], ['行政运行', 66, 48], ['1,000.00', 132, 48]])
    expect(chunksOf(parts).map((c) => c.text)).toEqual(['201', '03', '行政运行', '1,000.00'])
    expect(splitSpacedItem(item('共有车辆 0 辆', 0, 10))).toHaveLength(1)
  })
})

describe('columns', () => {
  const chunk = (x0: number, x1: number, top = 0, text = 'x') => ({ text, x0, x1, top, bottom: top + 12 })

  it('takes the x-extents no cell gap crosses as columns', () => {
    expect(bodyColumns([chunk(10, 30), chunk(100, 160), chunk(120, 160), chunk(15, 28)])).toEqual([{ x0: 10, x1: 30 }, { x0: 100, x1: 160 }])
  })

  it('adds a column only the header shows, and gives a centred label the right-aligned figure beside it', () => {
    const cols = [{ x0: 100, x1: 160 }, { x0: 290, x1: 300 }]
    // 事业收入 over an empty column at 200–236; 其他收入 (250–282) centred over the cell of the narrow "0" at 290–300
    const leaves = [chunk(110, 150, 50), chunk(200, 236, 50), chunk(250, 282, 50)]
    expect(addHeaderColumns(cols, leaves, leaves, 100)).toEqual([{ x0: 100, x1: 160 }, { x0: 200, x1: 236 }, { x0: 250, x1: 300 }])
  })

  it('places a group label over the columns it spans, a cell in the column it overlaps most', () => {
    const cols = [{ x0: 0, x1: 20 }, { x0: 40, x1: 52 }, { x0: 70, x1: 82 }, { x0: 100, x1: 300 }]
    expect(placeChunk(chunk(0, 96), cols)).toEqual([0, 2])
    expect(placeChunk(chunk(150, 200), cols)).toEqual([3, 3])
    expect(placeChunk(chunk(85, 95), cols)).toEqual([2, 2])
  })
})

describe('header labels', () => {
  it('joins a label wrapped over two lines, not a group label over its leaves', () => {
    const lines = groupLines(1, [
      item('事业单位', 300, 100), item('经营收入', 300, 114),
      item('公务用车购置及运行费', 400, 100), item('小计', 400, 125), item('购置费', 480, 125),
    ])
    const labels = headerLabels(lines)
    expect(labels.map((l) => l.chunks.map((c) => c.text).join(''))).toEqual(['事业单位经营收入', '公务用车购置及运行费', '小计', '购置费'])
    expect(leavesOf(labels).map((l) => l.chunks[0].text)).toEqual(['事业单位', '小计', '购置费'])
  })
})

describe('margins', () => {
  it('drops bare page numbers and a header repeated on most pages', () => {
    const page = (n: number) => groupLines(n, [item('某某区财政局', 300, 20), item(`正文第${n}页的内容很长`, 60, 100), item(String(n), 400, 800)])
    const kept = dropMargins([1, 2, 3, 4].map(page))
    expect(kept.map((p) => p.map((l) => l.chunks[0].text))).toEqual([1, 2, 3, 4].map((n) => [`正文第${n}页的内容很长`]))
  })
})

describe('tables from geometry', () => {
  // a 支出预算总表 in miniature: split 类/款/项 columns, an empty cell, a wrapped name, continued on page 2 with its header again
  const header = (base: number) => [
    item('科目编码', 60, base - 14, 48), item('科目名称', 200, base, 48), item('合计', 430, base, 24), item('基本支出', 500, base, 48), item('项目支出', 590, base, 48),
    item('类', 60, base), item('款', 90, base), item('项', 115, base),
  ]
  const page1 = [
    ...header(100),
    item('201', 58, 130), item('03', 88, 130), item('01', 113, 130), item('行政运行', 150, 130), item('12,029,501.84', 400, 130, 78), item('11,919,501.84', 490, 130, 78), item('110,000.00', 592, 130, 60),
    item('201', 58, 155), item('03', 88, 155), item('99', 113, 155), item('其他政府办公厅（室）及相关', 150, 155), item('20,120,000.00', 400, 155, 78), item('20,120,000.00', 574, 155, 78),
    item('机构事务支出', 150, 168),
  ]
  const page2 = [
    ...header(60),
    item('208', 58, 90), item('行政事业单位养老支出', 150, 90), item('4,213,779.28', 406, 90, 72), item('4,213,779.28', 496, 90, 72),
    item('合计', 200, 115), item('36,363,281.12', 400, 115, 78), item('16,133,281.12', 490, 115, 78), item('20,230,000.00', 574, 115, 78),
  ]
  const lines = [...groupLines(1, page1), ...groupLines(2, page2)]
  const out = renderTable(lines)

  it('emits each row as one tab-separated line, empty cells kept, the wrapped name joined, the repeated header dropped', () => {
    expect(out.map((l) => l.text)).toEqual([
      // merged header cells spread over the cells they cover, as a sheet's are
      '科目编码\t科目编码\t科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '类\t款\t项\t科目名称\t合计\t基本支出\t项目支出',
      '201\t03\t01\t行政运行\t12,029,501.84\t11,919,501.84\t110,000.00',
      '201\t03\t99\t其他政府办公厅（室）及相关机构事务支出\t20,120,000.00\t\t20,120,000.00',
      '208\t\t\t行政事业单位养老支出\t4,213,779.28\t4,213,779.28\t',
      '\t\t\t合计\t36,363,281.12\t16,133,281.12\t20,230,000.00',
    ])
  })

  it('gives every line its page and one box per cell, boxes from the page top-left', () => {
    expect(out.map((l) => l.origin.page)).toEqual([1, 1, 1, 1, 2, 2])
    for (const l of out) expect(l.origin.cells).toHaveLength(l.text.split('\t').length)
    expect(out[2].origin.cells![4]).toEqual([400, 118, 78, 12])
    // the wrapped row's box covers both of its lines
    expect(out[3].origin.box![1]).toBe(143)
    expect(out[3].origin.box![1] + out[3].origin.box![3]).toBe(168)
  })

  it('lays out prose and tables of a page: the caption as text, the table as grid lines', () => {
    const pages = [{ number: 1, width: 842, height: 595, items: [item('2025年部门支出预算总表', 200, 40), item('单位：元', 500, 60, 48), ...page1] }]
    const text = layoutPages(pages).map((l) => l.text)
    expect(text.slice(0, 3)).toEqual(['2025年部门支出预算总表', '单位：元', '科目编码\t科目编码\t科目编码\t科目名称\t合计\t基本支出\t项目支出'])
  })
})

describe('rule spaced-sentence: prose whose figures are set apart by gaps stays prose', () => {
  const page = (lines: [string, number][][]) => [{ number: 1, width: 600, height: 800, items: lines.flatMap((l, i) => l.map(([s, x]) => item(s, x, 100 + i * 18))) }]

  it('a sentence with its figures and units spaced apart is read as text, nothing dropped', () => {
    const out = layoutPages(page([
      [['（二）会议费支出情况', 60]],
      [['会议费支出', 60], ['57.60', 140], ['万元，比', 180], ['2023', 240], ['年度减少', 280], ['4.25', 340], ['万', 370]],
      [['元，下降', 60], ['6.87%。主要原因是压减会议数量。', 120]],
    ]) as never).map((l) => l.text)
    // each line whole and in reading order: read as a table, the figures left their sentence (…减少元，下降…\t4.25\t万)
    expect(out.slice(1).map((l) => l.replace(/\s+/g, ''))).toEqual(['会议费支出57.60万元，比2023年度减少4.25万', '元，下降6.87%。主要原因是压减会议数量。'])
  })

  it('a table row of a name and figures is still a table row', () => {
    const out = layoutPages(page([
      [['项目', 60], ['预算数', 200], ['上年数', 300]],
      [['会议费', 60], ['57.60', 200], ['61.85', 300]],
      [['培训费', 60], ['12.00', 200], ['10.00', 300]],
    ]) as never).map((l) => l.text)
    expect(out.some((l) => /会议费\t57\.60\t61\.85/.test(l))).toBe(true)
  })
})
