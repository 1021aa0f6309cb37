import { describe, expect, it } from 'vitest'
import { cell, cellAmount, parseSeed, rowByCode, rowByName, tableByNumber, tableByTitle } from './helpers.js'

// Expectations written by reading seeds/000_…: tab-separated tables, 万元, a perf table with swapped columns.
const doc = parseSeed('000')

describe('seed 000 (江北 2026, 单位预算, tab tables)', () => {
  it('reads the organisation, year and scope from the title lines', () => {
    expect(doc).toMatchObject({ org: '原重庆市江北区医疗保障事务中心', region: '江北区', city: '重庆市', year: 2026, scope: '单位预算', unit: '万元' })
  })

  it('finds 13 tables with their printed numbers and row counts', () => {
    expect(doc.tables.map((t) => [t.number ?? '', t.kind, t.rows.length])).toEqual([
      ['表一', 'fiscal-summary', 15], ['表二', 'general-spending', 18], ['表三', 'basic-spending', 30], ['表四', 'three-public', 1],
      ['表五', 'gov-fund', 1], ['表六', 'summary', 14], ['表七', 'income', 18], ['表八', 'spending', 18], ['表九', 'procurement', 2],
      ['', 'performance', 0], ['', 'performance', 6], ['', 'performance', 4], ['', 'performance', 5],
    ])
  })

  it('splits the two-sided 财政拨款收支总表 into income and spending rows', () => {
    const t = tableByNumber(doc, '表一')
    expect(cell(t, rowByName(t, '一、本年收入', 'income'), /预算数/)).toBe('1,073.24')
    const health = rowByName(t, '卫生健康支出', 'spending')
    expect(cell(t, health, /^合计$/)).toBe('937.91')
    expect(cell(t, health, /^一般公共预算$/)).toBe('937.91')
    expect(cell(t, health, /^政府性基金预算$/)).toBe('')
    expect(rowByName(t, '政府性基金预算资金', 'income').cells[0].amount).toBeUndefined()
  })

  it('keeps totals, empty cells and the three spending columns of 表二', () => {
    const t = tableByNumber(doc, '表二')
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'total', 'basic', 'project'])
    expect(t.columns[3].label).toBe('2026年预算数 › 基本支出')
    const total = t.rows[0]
    expect(total).toMatchObject({ name: '合计', isTotal: true, level: 0 })
    expect(total.cells.map((c) => c.text)).toEqual(['1,073.24', '628.24', '445.00'])
    const r = rowByCode(t, '2101506')
    expect(r).toMatchObject({ name: '医疗保障经办事务', level: 3, lines: [109, 109] })
    expect(t.rows[r.parent!].code).toBe('21015')
    expect(cell(t, r, /基本支出/)).toBe('')
    expect(cellAmount(t, r, /基本支出/)).toBeUndefined()
    expect(cellAmount(t, r, /项目支出/)).toMatchObject({ value: '157.20', unit: '万元', fen: 157_200_000 })
  })

  it('reads 人员经费 and 日常公用经费 of the economic table', () => {
    const t = tableByNumber(doc, '表三')
    expect(cell(t, rowByCode(t, '30217'), /日常公用经费/)).toBe('0.50')
    expect(cell(t, rowByCode(t, '30113'), /人员经费/)).toBe('39.97')
    expect(cell(t, rowByCode(t, '30231'), /总计/)).toBe('5.50')
  })

  it('reads the 三公 table under its two-level header', () => {
    const t = tableByNumber(doc, '表四')
    const r = t.rows[0]
    expect(cell(t, r, /› 合计$/)).toBe('6.00')
    expect(cell(t, r, /公务用车购置及运行费 › 公务用车运行费$/)).toBe('5.50')
    expect(cell(t, r, /公务接待费$/)).toBe('0.50')
    expect(cell(t, r, /因公出国/)).toBe('')
  })

  it('marks tables that say they have no data', () => {
    expect(tableByNumber(doc, '表五').noData).toBe(true)
    expect(tableByNumber(doc, '表五').notes[0]).toContain('故此表无数据')
  })

  it('reads performance targets even where the columns are printed out of header order', () => {
    const t = tableByTitle(doc, /一般性项目/)
    expect(t.fields.find((f) => f.key === '当年预算')?.amount?.fen).toBe(287_800_000)
    const joined = doc.tables.filter((x) => x.kind === 'performance').flatMap((x) => x.rows)
    expect(joined.find((r) => r.name === '城乡居民参保人数')?.indicator).toMatchObject({ weight: '40', operator: '≥', target: '22', unit: '万人' })
    expect(joined.find((r) => r.name === 'DRG住院费用结算占比')?.indicator).toMatchObject({ operator: '≥', target: '70', unit: '%' })
  })

  it('keeps prose figures in paragraphs with their lines', () => {
    const p = doc.paragraphs.find((x) => x.text.includes('机关运行经费'))!
    expect(p.text).toContain('运行经费 120.15 万元')
    expect(p.lines).toEqual([45, 47])
  })
})
