import { describe, expect, it } from 'vitest'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'

/**
 * Session 46 (blind101's 区 budget report PDF): header labels set wider than their cells run into each other, and the
 * reader hands them over as one text run with single spaces ("2024年执行数 2025年预算数 2025年执行数 完成%"): the table
 * got one column head for four columns of figures. Rule spaced-column-labels reads one label per cell.
 */
const item = (str: string, x: number, w: number): PdfItem => ({ str, x, w, top: 100, base: 109.5, h: 9.5 })

describe('column labels joined into one text run', () => {
  it('splits them into a chunk each, in order', () => {
    const [line] = groupLines(1, [item('项目', 62, 19), item('2024年执行数 2025年预算数 2025年执行数 完成%', 258, 203.8), item('增长%', 488, 23.8)])
    expect(line.chunks.map((c) => c.text)).toEqual(['项目', '2024年执行数', '2025年预算数', '2025年执行数', '完成%', '增长%'])
    const second = line.chunks[2]
    expect(second.x0).toBeGreaterThan(310)
    expect(second.x0).toBeLessThan(326)
  })
  it('leaves a sentence with spaces in it whole', () => {
    const [line] = groupLines(1, [item('当年支出 526.91 亿元 ,完 成 预算 的102.3%', 62, 240)])
    expect(line.chunks.length).toBe(1)
  })
})
