import { describe, expect, it } from 'vitest'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { headerGrid } from '../../server/core/read/pdf/header-grid.js'
import type { Label } from '../../server/core/read/pdf/header-labels.js'
import { renderTable } from '../../server/core/read/pdf/table.js'

/** An item of `str` starting at x, its text's vertical middle at `mid`; 10 pt high. */
const H = 10
const width = (s: string) => s.length * (/^[\d,.\-]+$/.test(s) ? 5 : H)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)
/** A figure right-aligned at x1. */
const fig = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)
const texts = (items: PdfItem[]) => renderTable(groupLines(1, items)).map((l) => l.text)

// a two-sided 决算 总表: 金额 centred over its cell (x 300–380), the 栏次 number under it, the figures set flush
// right at 378, clear of both
const twoSided = [
  centred('收入', 200, 100), centred('支出', 560, 100),
  centred('项目', 100, 120), centred('行次', 240, 120), centred('金额', 320, 120),
  centred('项目', 460, 120), centred('行次', 600, 120), centred('金额', 680, 120),
  at('栏次', 90, 140), centred('1', 320, 140), at('栏次', 450, 140), centred('2', 680, 140),
  at('一、财政拨款收入', 40, 160), centred('1', 240, 160), fig('1,204.50', 378, 160), at('一、农林水支出', 400, 160), centred('21', 600, 160), fig('1,180.20', 738, 160),
  at('二、事业收入', 40, 180), centred('2', 240, 180), fig('36.00', 378, 180), at('二、住房保障支出', 400, 180), centred('22', 600, 180), fig('60.30', 738, 180),
  at('本年收入合计', 40, 200), centred('3', 240, 200), fig('1,240.50', 378, 200), at('本年支出合计', 400, 200), centred('23', 600, 200), fig('1,240.50', 738, 200),
]

describe('rule phantom-columns', () => {
  it('merges the figures standing clear of 金额 into the 金额 column, with its 栏次 number', () => {
    const lines = texts(twoSided)
    expect(lines[1]).toBe('项目\t行次\t金额\t项目\t行次\t金额')
    expect(lines[2]).toBe('栏次\t\t1\t栏次\t\t2')
    expect(lines[3]).toBe('一、财政拨款收入\t1\t1,204.50\t一、农林水支出\t21\t1,180.20')
    expect(lines[5]).toBe('本年收入合计\t3\t1,240.50\t本年支出合计\t23\t1,240.50')
  })

  it('gives each 栏次 number centred under its label to that label’s figures', () => {
    // 本年支出合计 | 基本支出: each number centred under its label, the figures right of it
    const items = [
      centred('科目名称', 135, 100), centred('本年支出合计', 250, 100), centred('基本支出', 370, 100),
      at('科目编码', 20, 120), centred('1', 250, 120), centred('2', 370, 120),
      at('合计', 120, 140), fig('512.00', 300, 140), fig('400.00', 420, 140),
      at('2080501', 20, 160), at('行政单位离退休', 100, 160), fig('112.00', 300, 160), fig('112.00', 420, 160),
    ]
    const lines = texts(items)
    expect(lines.at(-1)).toBe('2080501\t行政单位离退休\t112.00\t112.00')
    expect(lines).toContain('\t合计\t512.00\t400.00')
  })

  it('keeps two labelled columns apart even where no row fills both', () => {
    const items = [
      centred('项目', 80, 100), centred('基本支出', 220, 100), centred('项目支出', 320, 100),
      at('行政运行', 40, 120), fig('80.00', 240, 120),
      at('专项业务', 40, 140), fig('20.00', 340, 140),
    ]
    expect(texts(items)).toEqual(['项目\t基本支出\t项目支出', '行政运行\t80.00\t', '专项业务\t\t20.00'])
  })
})

describe('a group label over a block none of whose leaves it overlaps', () => {
  const label = (text: string, x0: number, x1: number, mid: number): Label => {
    const c = { text, x0, x1, top: mid - H / 2, bottom: mid + H / 2 }
    return { chunks: [c], ...c, h: H, page: 1 }
  }
  it('spans its block: 预算数 over a 栏次 number’s column that has no leaf, above 公务用车购置及运行费', () => {
    // c3 holds only the 栏次 number printed left of 公务用车购置费's figures (c4)
    const columns = [[50, 70], [110, 130], [170, 200], [232, 238], [260, 280], [330, 350], [370, 390]].map(([x0, x1]) => ({ x0, x1 }))
    const labels = [
      label('预算数', 220, 250, 86),
      label('公务用车购置及运行费', 200, 300, 105),
      label('合计', 50, 70, 112), label('因公出国（境）费', 90, 150, 112), label('公务接待费', 355, 405, 112),
      label('小计', 175, 195, 120), label('公务用车购置费', 215, 285, 120), label('公务用车运行费', 305, 375, 120),
    ]
    const top = headerGrid(labels, columns)[0].cells.map((l) => l?.chunks[0].text)
    expect(top).toEqual(Array(7).fill('预算数'))
  })
})
