import { describe, expect, it } from 'vitest'
import type { PdfItem, PdfPage } from '../../server/core/read/pdf/geometry.js'
import { joinLetterSpaced } from '../../server/core/read/pdf/geometry.js'
import { layoutPages } from '../../server/core/read/pdf/layout.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { buildColumns } from '../../server/core/parse/header.js'

/**
 * Session 40: a 决算's 收入支出决算总表 as an OCR-style export prints it, no ruling lines: a "部门：" line under the
 * title, the sides' words letter-spaced across their cells ("收            入", "支            出"), each char its own
 * text item, left-set over 项目 | 行次 | 金额. Made-up figures.
 */
const H = 8.5
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\d,.\-%]/.test(ch) ? 0.55 : 1) * H, 0)
const at = (str: string, x: number, mid: number): PdfItem => ({ str, x, top: mid - H / 2, base: mid + H / 2, w: width(str), h: H })
const right = (str: string, x1: number, mid: number) => at(str, x1 - width(str), mid)

const rows: [string, string, string, string, string, string][] = [
  ['一、一般公共预算财政拨款收入', '1', '9,800.00', '一、公共安全支出', '32', '9,500.00'],
  ['二、其他收入', '2', '200.00', '二、住房保障支出', '33', '400.00'],
  ['本年收入合计', '3', '10,000.00', '本年支出合计', '34', '9,900.00'],
  ['年初结转和结余', '4', '150.00', '年末结转和结余', '35', '250.00'],
  ['总计', '5', '10,150.00', '总计', '36', '10,150.00'],
]
const items = [
  at('收入支出决算总表', 200, 60), at('公开01表', 48, 80), right('单位：元', 540, 80),
  at('部门：岚川市公安局', 48, 96),
  // the sides' words, letter-spaced: each character an item of its own
  at('收', 48, 114), at('入', 150, 114), at('支', 300, 114), at('出', 402, 114),
  at('项目', 48, 130), at('行次', 220, 130), right('金额', 290, 130), at('项目', 300, 130), at('行次', 470, 130), right('金额', 540, 130),
  ...rows.flatMap((r, k) => {
    const y = 150 + 18 * k
    return [at(r[0], 48, y), right(r[1], 232, y), right(r[2], 290, y), at(r[3], 300, y), right(r[4], 482, y), right(r[5], 540, y)]
  }),
]
const pages: PdfPage[] = [{ number: 1, width: 595, height: 842, items: [at('岚川市公安局2024年度部门决算', 150, 30), ...items] }]

describe('a two-sided summary table with letter-spaced side words and a 部门 line', () => {
  const lines = layoutPages(pages)
  const doc = parseDocument('lanchuan-gaj-2024-bmjs.pdf', lines.map((l) => l.text).join('\n'), { format: 'pdf', text: '', origins: lines.map((l) => l.origin), warnings: [] }).document
  const table = doc.tables.find((t) => /收入支出决算总表$/.test(t.title))!

  it('joins a letter-spaced header word, and only such a word (类 | 款 | 项 stay three cells)', () => {
    const spaced = joinLetterSpaced([at('收', 48, 10), at('入', 150, 10), at('支', 300, 10), at('出', 402, 10)])
    expect(spaced.map((x) => x.str)).toEqual(['收入', '支出'])
    expect(joinLetterSpaced([at('类', 48, 10), at('款', 80, 10), at('项', 112, 10)]).map((x) => x.str)).toEqual(['类', '款', '项'])
  })

  it('reads the 部门 line as the table’s caption, never a header over its columns', () => {
    expect(table.columns.some((c) => /部门/.test(c.label))).toBe(false)
  })

  it('reads each side’s rows with that side’s own amounts', () => {
    const row = (side: string, name: string) => table.rows.find((r) => r.side === side && r.name === name)
    const amount = (side: string, name: string) => row(side, name)?.cells.find((c) => c.amount)?.amount?.text
    expect(amount('income', '年初结转和结余')).toBe('150.00')
    expect(amount('spending', '年末结转和结余')).toBe('250.00')
    expect(amount('spending', '本年支出合计')).toBe('9,900.00')
  })

  it('a side’s word run into a line above it ("部门：某局收入项目") still names its side', () => {
    const cols = buildColumns([['部门：某局收入项目'], ['行次'], ['金额'], ['支出项目'], ['行次'], ['金额']], 2024)
    expect(cols.map((c) => c.side)).toEqual(['income', 'income', 'income', 'spending', 'spending', 'spending'])
  })
})
