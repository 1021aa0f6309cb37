import { describe, expect, it } from 'vitest'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'

/**
 * Session 41: a WPS-written 收入支出决算总表 sets a row's income amount and the spending side's item in one text run,
 * one space apart ("36,599,572.40 一、一般公共服务支出"). Rule figure-then-words reads them as two cells.
 */
const item = (str: string, x: number, w: number): PdfItem => ({ str, x, w, top: 100, base: 108, h: 8 })

describe('an amount and the next cell’s words in one PDF text run', () => {
  it('splits them into two chunks, the amount alone', () => {
    const [line] = groupLines(1, [item('一、一般公共预算财政拨款收入', 52, 112), item('1', 205.4, 4), item('36,599,572.40 一、一般公共服务支出', 243.7, 136), item('31', 451.1, 8), item('0.00', 527.3, 16)])
    const texts = line.chunks.map((c) => c.text)
    expect(texts).toContain('36,599,572.40')
    expect(texts).toContain('一、一般公共服务支出')
  })
  it('leaves a code and its name alone (no decimals, no thousands: not an amount)', () => {
    const [line] = groupLines(1, [item('30101 基本工资', 52, 60), item('286.20', 300, 24)])
    expect(line.chunks.map((c) => c.text)).toEqual(['30101 基本工资', '286.20'])
  })
})
