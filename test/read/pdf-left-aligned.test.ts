import { describe, expect, it } from 'vitest'
import { addHeaderColumns, figuresLeftAligned } from '../../server/core/read/pdf/columns.js'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { renderTable } from '../../server/core/read/pdf/table.js'

const item = (str: string, x: number, base: number, w = str.length * (/^[\d,.\-]+$/.test(str) ? 5 : 10), h = 10): PdfItem =>
  ({ str, x, top: base - h, base, w, h })
const chunk = (x0: number, x1: number, top = 0, text = 'x') => ({ text, x0, x1, top, bottom: top + 10 })

describe('figures set flush left in their cells (a web page printed to PDF)', () => {
  it('tells left-aligned figure columns from right-aligned ones', () => {
    const cols = [{ x0: 300, x1: 330 }]
    expect(figuresLeftAligned(cols, [chunk(300, 330), chunk(300, 315), chunk(300, 305)])).toBe(true)
    expect(figuresLeftAligned(cols, [chunk(300, 330), chunk(315, 330), chunk(325, 330)])).toBe(false)
    // one figure width only: no evidence either way
    expect(figuresLeftAligned(cols, [chunk(300, 330), chunk(300, 330)])).toBe(false)
  })

  it('gives a centred label the column starting just left of it, not the next one to its right', () => {
    const cols = [{ x0: 40, x1: 150 }, { x0: 300, x1: 330 }, { x0: 420, x1: 450 }]
    const figures = [chunk(300, 330), chunk(300, 312), chunk(420, 450), chunk(420, 425)]
    const leaves = [chunk(120, 140, 0, '项目'), chunk(330, 360, 0, '预算数'), chunk(450, 480, 0, '决算数')]
    expect(addHeaderColumns(cols, leaves, leaves, 300, figures)).toEqual([{ x0: 40, x1: 150 }, { x0: 300, x1: 360 }, { x0: 420, x1: 480 }])
  })

  it('reads a vertical 三公 list: money rows and count rows under the columns their labels head', () => {
    const rows = [
      item('项目', 120, 100), item('预算数', 330, 100), item('决算数', 450, 100),
      item('一、三公经费合计', 40, 120), item('22.40', 300, 120), item('19.05', 420, 120),
      item('1．公务接待费', 40, 135), item('8.00', 300, 135), item('6.25', 420, 135),
      item('2．公务用车运行维护费', 40, 150), item('14.40', 300, 150), item('12.80', 420, 150),
      item('3．公务用车保有量（辆）', 40, 165), item('5', 420, 165),
      item('4．国内公务接待批次（个）', 40, 180), item('28', 420, 180),
      item('二、机关运行经费', 40, 195), item('96.10', 300, 195), item('91.33', 420, 195),
    ]
    const out = renderTable(groupLines(1, rows)).map((l) => l.text)
    expect(out[0]).toBe('项目\t预算数\t决算数')
    expect(out).toContain('3．公务用车保有量（辆）\t\t5')
    expect(out).toContain('二、机关运行经费\t96.10\t91.33')
  })
})
