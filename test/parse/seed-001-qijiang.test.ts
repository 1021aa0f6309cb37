import { describe, expect, it } from 'vitest'
import { cell, parseSeed, rowByCode, rowByName, tableByNumber } from './helpers.js'

// seeds/001_…: flattened from PDF. Single spaces between cells, empty cells lost, header cells wrapped,
// sentences broken across blank lines. Expectations written from the document.
const doc = parseSeed('001')

describe('seed 001 (綦江 2023, PDF-flattened)', () => {
  it('reads the organisation, year and scope', () => {
    expect(doc).toMatchObject({ org: '重庆市綦江区医疗保障事务中心', region: '綦江区', year: 2023, scope: '部门预算', unit: '万元' })
  })

  it('finds the nine 附件 tables and the performance table with their row counts', () => {
    expect(doc.tables.map((t) => [t.number ?? '', t.rows.length])).toEqual([
      ['附件4-1', 15], ['附件4-2', 15], ['附件4-3', 27], ['附件4-4', 0], ['附件4-5', 0], ['附件4-6', 16], ['附件4-7', 15], ['附件4-8', 15], ['附件4-9', 4], ['', 5],
    ])
  })

  it('names the unlabelled first row 合计 and places lost cells by the sums of the children', () => {
    const t = tableByNumber(doc, '附件4-2')
    expect(t.columns.map((c) => c.label)).toEqual(['科目编码', '科目名称', '2023年预算数 › 小计', '2023年预算数 › 基本支出', '2023年预算数 › 项目支出'])
    expect(t.rows[0]).toMatchObject({ name: '合计', isTotal: true })
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['575.01', '559.41', '15.60'])
    const admin = rowByCode(t, '2101502')
    expect(cell(t, admin, /小计/)).toBe('15.60')
    expect(cell(t, admin, /基本支出/)).toBe('')
    expect(cell(t, admin, /项目支出/)).toBe('15.60')
    expect(admin.cells[2].inferred).toBe(true)
    expect(cell(t, rowByCode(t, '2101501'), /基本支出/)).toBe('424.51')
    expect(cell(t, rowByCode(t, '221'), /基本支出/)).toBe('37.97')
    expect(rowByCode(t, '2080505')).toMatchObject({ name: '机关事业单位基本养老保险缴费支出', level: 3 })
  })

  it('puts 商品和服务支出 items under 公用经费 although rounding makes them sum to 102.84', () => {
    const t = tableByNumber(doc, '附件4-3')
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['559.41', '456.58', '102.83'])
    expect(cell(t, rowByCode(t, '30201'), /公用经费/)).toBe('10.00')
    expect(cell(t, rowByCode(t, '30201'), /人员经费/)).toBe('')
    expect(cell(t, rowByCode(t, '30113'), /人员经费/)).toBe('37.97')
    expect(rowByName(t, '合计').lines).toEqual([295, 295])
  })

  it('joins wrapped header fragments of the two-sided 收支总表', () => {
    const t = tableByNumber(doc, '附件4-1')
    expect(t.columns.filter((c) => c.side === 'spending').map((c) => c.label)).toEqual(['项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'])
    const r = rowByName(t, '卫生健康支出', 'spending')
    expect(cell(t, r, /^合计$/)).toBe('463.20')
    expect(cell(t, r, /^一般公共预算财政拨款$/)).toBe('463.20')
    expect(rowByName(t, '政府性基金预算拨款', 'income').cells[0].text).toBe('')
  })

  it('keeps the empty 三公 table as a table with no data', () => {
    const t = tableByNumber(doc, '附件4-4')
    expect(t.kind).toBe('three-public')
    expect(t.noData).toBe(true)
    expect(t.headerLines.length).toBeGreaterThan(0)
  })

  it('reads the flattened performance form and its indicators', () => {
    const t = doc.tables[9]
    expect(t.kind).toBe('performance')
    expect(t.fields.find((f) => f.key.startsWith('当年预算'))?.amount).toMatchObject({ value: '15.60', fen: 15_600_000 })
    expect(t.fields.find((f) => f.key === '业务主管部门')?.value).toBe('重庆市綦江区医疗保障局')
    expect(t.rows.find((r) => r.name === '享受人数')?.indicator).toMatchObject({ weight: '20', unit: '人', operator: '＝', target: '3', core: '否', levels: ['产出指标', '数量指标'] })
  })

  it('joins sentences broken across blank lines into one paragraph', () => {
    const p = doc.paragraphs.find((x) => x.text.includes('财政全额拨款事业编制 25 名'))!
    expect(p.text).toContain('内设机构科级领导职数 7 名')
    expect(p.lines[0]).toBeLessThan(11)
    expect(p.lines[1]).toBeGreaterThanOrEqual(13)
  })
})
