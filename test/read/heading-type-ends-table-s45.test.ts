import { describe, expect, it } from 'vitest'
import type { PdfItem } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'

// Session 45 (blind99's 教育局 决算 PDF): a table closing page 1 ran on into the section heading opening page 2
// ("第二部分　2024年度部门决算情况说明", its number and words set apart, so two cells); the heading's wide words
// spanned the table's first three columns and they were read as one ("单位名称 本年收入合计 本年支出合计").
const item = (str: string, x: number, base: number, h = 8): PdfItem => ({ str, x, top: base - h, base, w: str.length * (/^[\d,.]+$/.test(str) ? h * 0.55 : h), h })

describe('rule heading-type-ends-table', () => {
  const row = (base: number, name: string, a: string, b: string, c: string) => [item(name, 50, base), item(a, 180, base), item(b, 262, base), item(c, 344, base)]
  const page1 = [
    item('单位名称', 50, 100), item('本年收入合计', 184, 100), item('本年支出合计', 266, 100), item('基本支出', 364, 100),
    ...row(115, '某市教育局机关', '21,846,530.40', '21,524,325.97', '6,284,915.62'),
    ...row(130, '某市第一中学', '58,930,214.76', '58,930,214.76', '49,872,306.18'),
    ...row(145, '合计', '80,776,745.16', '80,454,540.73', '56,157,221.80'),
  ]
  const page2 = [item('第二部分', 50, 60, 13), item('2024年度部门决算情况说明', 115, 60, 13), item('一、收入支出决算总体情况说明写得很长的一段文字。', 50, 90, 11)]
  const out = layoutPages([{ number: 1, width: 595, height: 842, items: page1 }, { number: 2, width: 595, height: 842, items: page2 }]).map((l) => l.text)

  it('keeps the table\'s columns apart', () => {
    expect(out).toContain('单位名称\t本年收入合计\t本年支出合计\t基本支出')
    expect(out).toContain('某市第一中学\t58,930,214.76\t58,930,214.76\t49,872,306.18')
  })
  it('reads the heading as a line of its own, outside the table', () => {
    expect(out.some((t) => t.startsWith('第二部分') && !t.includes('\t\t'))).toBe(true)
  })
})
