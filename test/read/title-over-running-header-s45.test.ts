import { describe, expect, it } from 'vitest'
import { groupLines, type PdfItem } from '../../server/core/read/pdf/geometry.js'
import { dropMargins } from '../../server/core/read/pdf/margins.js'

// Session 45 (blind99's 教育局 决算 PDF): the document's title, printed large on its first page, ran small at the top
// of every other page; the margin rule dropped it as a running header on all of them, the first page's title too, and
// the document was held as "metadata needed". The large one is the title.
const item = (str: string, x: number, base: number, h = 12): PdfItem => ({ str, x, top: base - h, base, w: str.length * h, h })

describe('rule title-over-running-header', () => {
  const title = '某市教育局2024年度部门决算'
  const page = (n: number) => groupLines(n, [
    n === 1 ? item(title, 150, 60, 20) : item(title, 50, 30, 8),
    item(`第${n}页正文的内容写得很长很长`, 60, 120),
    item(`— ${n} —`, 280, 810, 9),
  ])
  const kept = dropMargins([1, 2, 3, 4].map(page)).map((p) => p.map((l) => l.chunks.map((c) => c.text).join('')))

  it('keeps the first page\'s title set large', () => {
    expect(kept[0]).toEqual([title, '第1页正文的内容写得很长很长'])
  })
  it('still drops the small running header of the other pages', () => {
    for (const [i, p] of kept.slice(1).entries()) expect(p).toEqual([`第${i + 2}页正文的内容写得很长很长`])
  })
})
