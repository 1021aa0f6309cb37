import { describe, expect, it } from 'vitest'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { renderTable } from '../../server/core/read/pdf/table.js'

/**
 * Session 35: a sheet printed to PDF whose merged header cells hold their text at the left, not centred ("预算数" at the
 * left of its six columns, "决算数" at the left of the next six): each group reaches to the next one's column (rule
 * left-set-groups), never the centred reading that gave 预算数 one column and 决算数 the eleven after it. Centred groups
 * are still read by their centres.
 */
const H = 10
const width = (s: string) => s.length * (/^[\d,.\-]+$/.test(s) ? 5 : H)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const centred = (str: string, cx: number, mid: number) => at(str, cx - width(str) / 2, mid)
const fig = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)
const texts = (items: PdfItem[]) => renderTable(groupLines(1, items)).map((l) => l.text)

// six columns, 80 pt wide from x 40: centres 80, 160, 240, 320, 400, 480
const cols = [80, 160, 240, 320, 400, 480]
const leaves = ['合计', '出国费', '接待费', '合计', '出国费', '接待费']
const figures = ['30.00', '0.00', '30.00', '27.50', '0.00', '27.50']
// (a sheet sets its text at the left of each cell: the leaves too)
const row = (mid: number, left = true) => leaves.map((l, i) => (left ? at(l, cols[i] - 38, mid) : centred(l, cols[i], mid)))
const body = (mid: number) => figures.map((f, i) => fig(f, cols[i] + 38, mid))

describe('rule left-set-groups', () => {
  it('spreads left-set group labels to the next one', () => {
    const lines = texts([at('预算数', 42, 100), at('决算数', 282, 100), ...row(120), ...body(140)])
    expect(lines[0]).toBe('预算数\t预算数\t预算数\t决算数\t决算数\t决算数')
  })
  it('still reads centred group labels by their centres', () => {
    const lines = texts([centred('预算数', 160, 100), centred('决算数', 400, 100), ...row(120, false), ...body(140)])
    expect(lines[0]).toBe('预算数\t预算数\t预算数\t决算数\t决算数\t决算数')
  })
})
