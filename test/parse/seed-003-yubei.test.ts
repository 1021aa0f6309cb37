import { describe, expect, it } from 'vitest'
import { cell, cellAmount, parseSeed, rowByCode, tableByTitle } from './helpers.js'

// seeds/003_…: tables in 元 with thousands separators, a prior-year column and a growth-% column.
const doc = parseSeed('003')

describe('seed 003 (渝北 2025, 元)', () => {
  it('reads the organisation and the unit', () => {
    expect(doc).toMatchObject({ org: '重庆市渝北区医疗保障局', region: '渝北区', year: 2025, unit: '元' })
    expect(doc.tables).toHaveLength(20)
    expect(doc.tables.map((t) => t.rows.length)).toEqual([17, 19, 23, 15, 24, 23, 16, 11, 8, 1, 1, 1, 1, 6, 5, 5, 5, 5, 5, 5])
  })

  it('keeps amounts exact in fen', () => {
    const t = tableByTitle(doc, /部门支出预算总表/)
    expect(t.rows[0].cells[0].amount).toEqual({ text: '41,944,713.02', value: '41944713.02', unit: '元', fen: 4_194_471_302 })
  })

  it('has the prior-year and growth columns as columns of their own', () => {
    const t = tableByTitle(doc, /一般公共预算财政拨款支出预算表/)
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'prior', 'total', 'basic', 'project', 'growth'])
    expect(t.columns[2]).toMatchObject({ label: '2024年预算数', year: 2024 })
    const r = rowByCode(t, '2101502')
    expect(cell(t, r, /2024年预算数/)).toBe('3,697,585.44')
    expect(cell(t, r, /小计/)).toBe('3,558,669.14')
    expect(cellAmount(t, r, /增幅/)).toMatchObject({ value: '-4', unit: '%' })
    const gone = rowByCode(t, '2101505')
    expect(cell(t, gone, /小计/)).toBe('')
    expect(cell(t, gone, /增幅/)).toBe('-100%')
  })

  it('reads both years of the 三公 table', () => {
    const t = tableByTitle(doc, /三公/)
    const r = t.rows[0]
    expect(cell(t, r, /^2025年预算数 › 合计$/)).toBe('90,000.00')
    expect(cell(t, r, /^2025年预算数 › 公务接待费$/)).toBe('10,000.00')
    expect(t.columns.find((c) => c.label === '2024年预算数 › 合计')?.role).toBe('prior')
  })

  it('reads performance targets and project budgets', () => {
    const t = tableByTitle(doc, /重点项目绩效目标表/)
    expect(t.fields.find((f) => f.key === '当年预算')?.amount?.fen).toBe(2_039_000_000)
    expect(t.rows.find((r) => r.name.startsWith('重点救助对象'))?.indicator).toMatchObject({ operator: '≥', target: '70', unit: '%', core: '是' })
    const all = doc.tables.filter((x) => x.kind === 'performance').flatMap((x) => x.rows)
    expect(all.find((r) => r.name === '严格控制经费支出' && r.indicator?.target === '2')?.indicator).toMatchObject({ unit: '万元', operator: '≤', weight: '20' })
  })
})
