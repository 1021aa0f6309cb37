import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, cellAmount, rowByCode, rowByName, tableByNumber } from './helpers.js'

// test/holdout/docs/holdout_b.txt: 广州 2024, pdftotext -layout style (aligned columns, empty cells lost), 元.
const file = join(__dirname, '..', 'holdout', 'docs', 'holdout_b.txt')
const text = readFileSync(file, 'utf8')
const { document: doc, errors } = parseDocument('holdout_b.txt', text)
const perf = doc.tables.filter((t) => t.kind === 'performance')
const texts = (t: ReturnType<typeof tableByNumber>, r: { cells: { text: string }[] }) => r.cells.map((c) => c.text)

describe('holdout b (天河区卫生健康局 2024, aligned plain text, 元)', () => {
  it('reads the document and accounts for every line, with nothing unparsed', () => {
    expect(doc).toMatchObject({ org: '广州市天河区卫生健康局', city: '广州市', region: '天河区', year: 2024, scope: '单位预算', unit: '元' })
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
    expect(doc.unparsed).toEqual([])
    expect(errors).toEqual([])
  })

  it('has one table per printed table, 附表1-12 split per project, with the right row counts', () => {
    expect(doc.tables.map((t) => `${t.number}:${t.rows.length}`)).toEqual([
      '附表1-1:18', '附表1-2:2', '附表1-3:31', '附表1-4:12', '附表1-5:31', '附表1-6:31', '附表1-7:1', '附表1-8:1', '附表1-9:1',
      '附表1-10:12', '附表1-11:6', '附表1-12:3', '附表1-12:4', '附表1-12:2', '附表1-12:3', '附表1-12:3',
    ])
    expect(doc.tables.every((t) => t.unit === '元')).toBe(true)
    expect(doc.tables.filter((t) => t.noData).map((t) => t.number)).toEqual(['附表1-8', '附表1-9'])
  })

  it('places the figures of rows without a full set of cells by the header above them (附表1-2)', () => {
    const t = tableByNumber(doc, '附表1-2')
    expect(t.columns.map((c) => `${c.label}:${c.role}`).slice(0, 3)).toEqual(['单位编码:text', '单位名称:name', '合计:total'])
    const r = rowByName(t, '广州市天河区卫生健康局（本级）')
    expect(texts(t, r)).toEqual(['128001', '236880935.96', '236568335.96', '', '', '', '312600.00', ''])
    expect(r.code).toBeUndefined()
    expect(cell(t, rowByName(t, '合计'), /^其他收入$/)).toBe('312600.00')
    expect(r.cells.some((c) => c.inferred)).toBe(false)
  })

  it('reads the two sides of 附表1-1 and 附表1-4', () => {
    const s = tableByNumber(doc, '附表1-1')
    expect(cell(s, rowByName(s, '九、其他收入', 'income'), /预算数/)).toBe('312600.00')
    expect(cell(s, rowByName(s, '二、政府性基金预算拨款收入', 'income'), /预算数/)).toBe('')
    expect(cell(s, rowByName(s, '二、卫生健康支出', 'spending'), /预算数/)).toBe('229452044.76')
    const f = tableByNumber(doc, '附表1-4')
    const r = rowByName(f, '卫生健康支出', 'spending')
    expect([cell(f, r, /^合计$/), cell(f, r, /^一般公共预算$/), cell(f, r, /^政府性基金预算$/)]).toEqual(['229139444.76', '229139444.76', ''])
  })

  it('reads the code tables in 元, exactly', () => {
    const t = tableByNumber(doc, '附表1-3')
    const r = rowByCode(t, '2100102')
    expect([cell(t, r, /^合计$/), cell(t, r, /^基本支出$/), cell(t, r, /^项目支出$/)]).toEqual(['3865000.00', '', '3865000.00'])
    expect(t.rows[r.parent!].code).toBe('21001')
    expect(cellAmount(t, rowByName(t, '合计'), /^合计$/)).toMatchObject({ unit: '元', fen: 23_688_093_596 })
    const b = tableByNumber(doc, '附表1-6')
    expect(b.columns[2].label).toBe('2024年基本支出 › 合计')
    expect([cell(b, rowByCode(b, '30302'), /人员经费/), cell(b, rowByCode(b, '30302'), /公用经费/)]).toEqual(['1846320.00', ''])
    expect([cell(b, rowByCode(b, '30229'), /人员经费/), cell(b, rowByCode(b, '30229'), /公用经费/)]).toEqual(['', '152600.00'])
  })

  it('groups 小计 under 公务用车购置及运行费 and leaves the empty 购置费 empty (附表1-7)', () => {
    const t = tableByNumber(doc, '附表1-7')
    expect(t.columns.map((c) => c.label)).toEqual(['合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费 › 小计', '公务用车购置及运行费 › 公务用车购置费', '公务用车购置及运行费 › 公务用车运行费'])
    expect(texts(t, t.rows[0])).toEqual(['125000.00', '20000.00', '18000.00', '87000.00', '', '87000.00'])
  })

  it('reads a code column after the name and text columns between name and figures (附表1-10, 1-11)', () => {
    const p = tableByNumber(doc, '附表1-10')
    expect(p.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['项目名称:name', '功能科目:code', '合计:total', '一般公共预算:amount', '其他收入:amount'])
    expect(rowByCode(p, '2100199')).toMatchObject({ name: '卫生健康信息化建设及运维经费' })
    expect(texts(p, rowByCode(p, '2100199'))).toEqual(['2730400.00', '2417800.00', '312600.00'])
    expect(texts(p, rowByCode(p, '2100102'))).toEqual(['3865000.00', '3865000.00', ''])
    const g = tableByNumber(doc, '附表1-11')
    expect(texts(g, rowByName(g, '信息化设备购置（计算机、打印机等）'))).toEqual(['1', '货物', '586000.00', '586000.00'])
    expect(texts(g, rowByName(g, '合计'))).toEqual(['', '', '4468000.00', '4468000.00'])
  })

  it('reads each project of 附表1-12: form fields and targets printed as one cell (≥12.6万人)', () => {
    expect(perf.map((t) => t.fields.find((f) => f.key === '项目名称')?.value)).toEqual([
      '社区卫生服务中心运行补助', '基本公共卫生服务项目', '重大公共卫生服务项目', '计划生育家庭奖励扶助及特别扶助', '老年健康服务及医养结合补助',
    ])
    const money = perf[0].fields.find((f) => f.key === '项目金额（元）')
    expect(money?.amount).toMatchObject({ unit: '元', fen: 6_845_000_000 })
    expect(perf[0].fields.find((f) => f.key === '年度绩效目标')?.value).toBe('保障辖区21个社区卫生服务中心正常运转，提升基层医疗卫生服务能力。')
    const elderly = perf[1].rows[0]
    expect(elderly.indicator).toEqual({ name: '65岁及以上老年人健康管理人数', operator: '≥', target: '12.6', unit: '万人', levels: ['产出指标', '数量指标'] })
    expect(elderly.cells.map((c) => c.text)).toEqual(['产出指标', '数量指标', '65岁及以上老年人健康管理人数', '≥12.6万人'])
    expect(perf[0].rows[0].indicator).toMatchObject({ operator: '=', target: '21', unit: '个' })
    expect(perf[3].rows[2].indicator).toMatchObject({ name: '扶助资金发放及时率', operator: '=', target: '100', unit: '%' })
    expect(perf[4].lines).toEqual([426, 432])
  })
})
