import { describe, expect, it } from 'vitest'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { renderTable } from '../../server/core/read/pdf/table.js'

/** An item of `str` at x on the baseline `base` (from the page top), 12 pt high. */
const item = (str: string, x: number, base: number, w = str.length * 12, h = 12): PdfItem => ({ str, x, top: base - h, base, w, h })

describe('a group label centred over two short leaves in wide cells (rule centred-over-pair)', () => {
  // 变动情况 stands over 增减额 | 增减率 but touches neither; their figures sit right-aligned, clear of the leaf labels
  const lines = groupLines(1, [
    item('项目', 60, 107), item('2024年预算数', 200, 107, 84), item('2025年预算数', 320, 107, 84), item('变动情况', 504, 95),
    item('增减额', 450, 118), item('增减率', 570, 118),
    item('合计', 60, 140), item('150,000.00', 236, 140, 60), item('132,000.00', 356, 140, 60), item('-18,000.00', 490, 140, 60), item('-12.00%', 610, 140, 42),
    item('公务接待费', 60, 160), item('60,000.00', 242, 160, 54), item('48,000.00', 362, 160, 54), item('-12,000.00', 490, 160, 60), item('-20.00%', 610, 160, 42),
  ])
  const out = renderTable(lines).map((l) => l.text)

  it('is a group, not a column of its own: each leaf keeps the figures under it', () => {
    expect(out[out.length - 3]).toBe('项目\t2024年预算数\t2025年预算数\t增减额\t增减率')
    expect(out[0].split('\t').slice(3)).toEqual(['变动情况', '变动情况'])
    expect(out.slice(-2)).toEqual(['合计\t150,000.00\t132,000.00\t-18,000.00\t-12.00%', '公务接待费\t60,000.00\t48,000.00\t-12,000.00\t-20.00%'])
  })
})
