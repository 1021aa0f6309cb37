import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, cellAmount, rowByCode, rowByName, tableByNumber } from './helpers.js'

// test/holdout/docs/holdout_a.md: 成都 2025, markdown pipe tables, codes split into 类/款/项 columns, 万元.
const file = join(__dirname, '..', 'holdout', 'docs', 'holdout_a.md')
const text = readFileSync(file, 'utf8')
const { document: doc, errors } = parseDocument('holdout_a.md', text)
const perf = doc.tables.filter((t) => t.kind === 'performance')

describe('holdout a (武侯区教育局 2025, pipe tables, 万元)', () => {
  it('reads the document and accounts for every line, with nothing unparsed', () => {
    expect(doc).toMatchObject({ org: '成都市武侯区教育局', city: '成都市', region: '武侯区', year: 2025, scope: '部门预算', unit: '万元' })
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
    expect(doc.unparsed).toEqual([])
    expect(errors).toEqual([])
  })

  it('has one table per printed table, 表11 split per project, with the right row counts', () => {
    expect(doc.tables.map((t) => `${t.number}:${t.rows.length}`)).toEqual([
      '表1:20', '表2:34', '表3:34', '表4:14', '表5:31', '表6:31', '表7:3', '表8:5', '表9:1', '表10:9',
      '表11:3', '表11:3', '表11:3', '表11:3', '表11:3', '表11:2',
    ])
    expect(doc.tables.every((t) => t.unit === '万元')).toBe(true)
  })

  it('keeps the part heading above 表1 out of its title', () => {
    expect(tableByNumber(doc, '表1').title).toBe('2025年部门收支总表')
    expect(doc.sections.find((s) => s.line === 135)?.title).toBe('第四部分 2025年部门预算表')
  })

  it('reads 收入项目 | 支出项目 as the two sides of 表1 and 表4', () => {
    const t = tableByNumber(doc, '表1')
    expect(t.columns.map((c) => `${c.side}:${c.label}:${c.role}`)).toEqual(['income:收入项目:name', 'income:预算数:total', 'spending:支出项目:name', 'spending:预算数:total'])
    expect(cell(t, rowByName(t, '一、一般公共预算拨款收入', 'income'), /预算数/)).toBe('226,371.01')
    expect(cell(t, rowByName(t, '三、国有资本经营预算拨款收入', 'income'), /预算数/)).toBe('')
    expect(cell(t, rowByName(t, '一、教育支出', 'spending'), /预算数/)).toBe('185,439.68')
    expect(cell(t, rowByName(t, '支出总计', 'spending'), /预算数/)).toBe('231,782.51')
    const f = tableByNumber(doc, '表4')
    const r = rowByName(f, '（五）其他支出', 'spending')
    expect([cell(f, r, /^合计$/), cell(f, r, /^一般公共预算$/), cell(f, r, /^政府性基金预算$/)]).toEqual(['640.00', '', '640.00'])
  })

  it('joins 类/款/项 columns into 7-digit codes with their hierarchy', () => {
    const t = tableByNumber(doc, '表2')
    const r = rowByCode(t, '2050101')
    expect(r).toMatchObject({ name: '行政运行', level: 3 })
    expect(t.rows[r.parent!].code).toBe('20501')
    expect(cell(t, r, /^合计$/)).toBe('1,486.32')
    expect(cell(t, r, /^上年结转$/)).toBe('')
    expect(cellAmount(t, r, /^合计$/)?.fen).toBe(1_486_320_000)
    const lottery = rowByCode(t, '2296003')
    expect([cell(t, lottery, /^一般公共预算拨款收入$/), cell(t, lottery, /^政府性基金预算拨款收入$/)]).toEqual(['', '160.00'])
    expect(rowByName(t, '合计')).toMatchObject({ isTotal: true, level: 0 })
    expect(cell(t, rowByName(t, '合计'), /^财政专户管理资金收入$/)).toBe('4,280.00')
    expect(cell(tableByNumber(doc, '表3'), rowByCode(tableByNumber(doc, '表3'), '20502'), /^基本支出$/)).toBe('138,611.36')
  })

  it('reads the prior-year and growth columns of 表5', () => {
    const t = tableByNumber(doc, '表5')
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'code', 'code', 'name', 'prior', 'total', 'basic', 'project', 'growth'])
    const total = rowByName(t, '合计')
    expect([cell(t, total, /2024年预算数/), cell(t, total, /2025年预算数/), cell(t, total, /增减%/)]).toEqual(['218,808.18', '226,371.01', '3.46'])
    expect(cellAmount(t, total, /增减%/)?.unit).toBe('%')
    const gone = rowByCode(t, '2050999')
    expect([cell(t, gone, /2024年预算数/), cell(t, gone, /2025年预算数/), cell(t, gone, /增减%/)]).toEqual(['680.00', '', '-100.00'])
    expect(t.notes[0]).toMatch(/^注：增减%/)
  })

  it('reads economic codes, the 三公 rows by year and the empty 国有资本 table', () => {
    const b = tableByNumber(doc, '表6')
    expect(cell(b, rowByCode(b, '30217'), /^公用经费$/)).toBe('9.60')
    expect(cell(b, rowByCode(b, '30217'), /^人员经费$/)).toBe('')
    const s = tableByNumber(doc, '表7')
    expect(s.rows.map((r) => r.name)).toEqual(['2025年预算数', '2024年预算数', '增减额'])
    expect(cell(s, rowByName(s, '2024年预算数'), /^合计$/)).toBe('70.40')
    expect(cell(s, rowByName(s, '增减额'), /^公务用车购置费$/)).toBe('-4.00')
    expect(tableByNumber(doc, '表9')).toMatchObject({ noData: true, kind: 'state-capital' })
  })

  it('keeps the text columns of the procurement table as text', () => {
    const t = tableByNumber(doc, '表10')
    expect(t.columns.map((c) => c.role)).toEqual(['text', 'name', 'text', 'total', 'amount', 'amount', 'amount'])
    const r = rowByName(t, '公办幼儿园教玩具及保教设备购置')
    expect(r.cells.map((c) => c.text)).toEqual(['3', '货物', '624.00', '', '', '624.00'])
  })

  it('splits 表11 into one table per project with its budget and indicators', () => {
    expect(perf.map((t) => t.fields.map((f) => `${f.key}=${f.value}`).join(' '))).toEqual([
      '项目名称=学前教育普惠性幼儿园生均补助 预算金额=2,650.00', '项目名称=新建学校教学设施配置 预算金额=2,180.00',
      '项目名称=家庭经济困难学生资助 预算金额=1,086.40', '项目名称=中小学教师继续教育培训 预算金额=512.00',
      '项目名称=校园安全保障服务 预算金额=1,392.00', '项目名称=彩票公益金学校体育设施改造 预算金额=160.00',
    ])
    expect(perf[0].fields[1].amount).toMatchObject({ unit: '万元', fen: 2_650_000_000 })
    const guards = perf[4].rows[0]
    expect(guards.indicator).toEqual({ name: '专职安保人员配备人数', operator: '≥', target: '420', unit: '名', levels: ['产出指标', '数量指标'] })
    expect(guards.cells.map((c) => c.text)).toEqual(['校园安全保障服务', '1,392.00', '产出指标', '数量指标', '专职安保人员配备人数', '≥', '420', '名'])
    expect(perf[4].rows[1].cells.slice(0, 2).map((c) => c.text)).toEqual(['', ''])
    expect(perf[4].rows[1].indicator).toMatchObject({ operator: '=', target: '0', unit: '次' })
    expect(perf[0].captionLines).toEqual([379, 381])
    expect(perf[1].lines).toEqual([388, 390])
  })
})
