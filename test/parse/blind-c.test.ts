import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, cellAmount, rowByCode, rowByName, tableByNumber } from './helpers.js'

// 肥西县农业农村局 2025 单位预算: box-drawing (│) grids, full-width-space tables, units only in column headers
const file = join(__dirname, '..', 'blind', 'docs', 'blind_c.txt')
const text = readFileSync(file, 'utf8')
const doc = parseDocument(file, text).document

describe('blind c (box-drawing and full-width-space layout)', () => {
  it('finds the ten numbered tables with their row counts', () => {
    const counts = Object.fromEntries(['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九'].map((n) => [n, tableByNumber(doc, n).rows.length]))
    expect(counts).toEqual({ 表一: 19, 表二: 28, 表三: 28, 表四: 14, 表五: 25, 表六: 33, 表七: 6, 表八: 4, 表九: 8 })
    expect(doc.tables).toHaveLength(14)
    expect(doc.unparsed).toEqual([])
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
    expect(doc.unit).toBe('万元')
  })

  it('splits 表十 into its five projects and reads an indicator printed without a separator', () => {
    const perf = doc.tables.filter((t) => t.number === '表十')
    expect(perf).toHaveLength(5)
    expect(perf.map((t) => t.rows.length)).toEqual([4, 4, 4, 3, 3])
    expect(perf.map((t) => t.fields.find((f) => f.key === '项目名称')?.value)).toEqual(['高标准农田建设县级配套资金', '农作物重大病虫害统防统治', '农村人居环境整治提升', '农产品质量安全监管', '新型农村集体经济发展扶持'])
    expect(perf[0].fields.find((f) => f.key === '预算金额（万元）')?.amount).toMatchObject({ unit: '万元', fen: 900000000 })
    expect(perf[1].rows[1]).toMatchObject({ name: '主要农作物病虫害统防统治覆盖率', indicator: { target: '≥45%' } })
    expect(perf[3].rows[2].indicator?.target).toBe('0起')
  })

  it('keeps the note about the empty state-capital table without emptying 表八', () => {
    const t8 = tableByNumber(doc, '表八')
    expect(t8.notes[0]).toMatch(/国有资本经营预算支出表为空表/)
    expect(t8.noData).toBe(false)
    expect(doc.tables.some((t) => t.kind === 'state-capital')).toBe(false)
  })

  it('takes the money unit from the column headers', () => {
    for (const n of ['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九']) expect(tableByNumber(doc, n).unit).toBe('万元')
    const t2 = tableByNumber(doc, '表二')
    expect(t2.columns.map((c) => c.label)).toEqual(['科目编码', '科目名称', '合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '事业收入', '其他收入'])
    expect(cellAmount(t2, t2.rows[0], /^合计$/)).toMatchObject({ fen: 372457 * 10000, unit: '万元' })
  })
  it('reads spaced codes, totals and empty cells of the grids', () => {
    const t2 = tableByNumber(doc, '表二')
    const r = rowByCode(t2, '2130122')
    expect(r.name).toBe('农业生产发展')
    expect(r.level).toBe(3)
    expect(cell(t2, r, /^合计$/)).toBe('1,260.00')
    expect(cell(t2, r, /政府性基金/)).toBe('')
    expect(cell(t2, rowByCode(t2, '2130199'), /其他收入/)).toBe('15.00')
    const t6 = tableByNumber(doc, '表六')
    expect(rowByCode(t6, '30239').name).toBe('其他交通费用')
    expect(cell(t6, t6.rows[0], /人员经费/)).toBe('577.07')
    expect(t6.rows[0].isTotal).toBe(true)
  })
  it('reads the prior-year column and the group header of 表五', () => {
    const t5 = tableByNumber(doc, '表五')
    expect(t5.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['功能分类科目 › 科目编码:code', '功能分类科目 › 科目名称:name', '2024年预算数:prior', '2025年预算数 › 小计:total', '2025年预算数 › 基本支出:basic', '2025年预算数 › 项目支出:project'])
    const r = rowByCode(t5, '2130122')
    expect([cell(t5, r, /2024/), cell(t5, r, /小计/), cell(t5, r, /基本支出/), cell(t5, r, /项目支出/)]).toEqual(['1,580.00', '1,260.00', '', '1,260.00'])
  })
  it('reads the two-sided tables with indented rows', () => {
    const t4 = tableByNumber(doc, '表四')
    const r = rowByName(t4, '政府性基金预算拨款', 'income')
    expect(r.level).toBe(2)
    expect(cell(t4, r, /预算数/)).toBe('650.00')
    expect(cell(t4, rowByName(t4, '城乡社区支出', 'spending'), /政府性基金预算/)).toBe('650.00')
    const t1 = tableByNumber(doc, '表一')
    expect(cell(t1, rowByName(t1, '八、其他收入', 'income'), /金额/)).toBe('15.00')
  })
  it('places the cells of full-width-space tables under their headers', () => {
    const t7 = tableByNumber(doc, '表七')
    expect(t7.columns.map((c) => c.role)).toEqual(['name', 'prior', 'total', 'amount'])
    const car = rowByName(t7, '公务用车运行维护费')
    expect(car.cells.map((c) => c.text)).toEqual(['10.50', '9.80', '-0.70'])
    const t8 = tableByNumber(doc, '表八')
    expect(t8.noData).toBe(false)
    expect(rowByCode(t8, '2120804').cells.map((c) => c.text)).toEqual(['650.00', '', '650.00'])
    const t9 = tableByNumber(doc, '表九')
    expect(cell(t9, rowByName(t9, '机关物业管理服务'), /采购类别/)).toBe('服务')
    expect(cell(t9, t9.rows[0], /金额/)).toBe('186.40')
  })
})
