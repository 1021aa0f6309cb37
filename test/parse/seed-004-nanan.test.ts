import { describe, expect, it } from 'vitest'
import { cell, parseSeed, rowByCode, rowByName, tableByNumber } from './helpers.js'

// seeds/004_…: markdown headings, stray <b>/<p> HTML, an empty prior-year column, repeated 表十一.
const doc = parseSeed('004')

describe('seed 004 (南岸 2024, markdown)', () => {
  it('reads the organisation through the markdown heading', () => {
    expect(doc).toMatchObject({ org: '重庆市南岸区医疗保障局', region: '南岸区', year: 2024, scope: '部门预算' })
    expect(doc.tables.map((t) => t.number)).toEqual(['表一', '表二', '表三', '表四', '表五', '表六', '表八', '表十', '表十一', '表十一', '表十一'])
  })

  it('reads 上年结转 on the income side of 表一', () => {
    const t = tableByNumber(doc, '表一')
    expect(cell(t, rowByName(t, '一、本年收入', 'income'), /预算数/)).toBe('6,430.34')
    expect(cell(t, rowByName(t, '二、上年结转', 'income'), /预算数/)).toBe('277.77')
    expect(cell(t, rowByName(t, '一、本年支出', 'spending'), /^合计$/)).toBe('6,708.11')
  })

  it('keeps the empty 2023 column empty, not zero', () => {
    const t = tableByNumber(doc, '表二')
    expect(t.columns[2]).toMatchObject({ label: '2023年预算数', role: 'prior' })
    const r = rowByCode(t, '2101501')
    expect(cell(t, r, /2023年预算数/)).toBe('')
    expect(cell(t, r, /总计/)).toBe('521.68')
    expect(cell(t, rowByCode(t, '2101550'), /基本支出/)).toBe('60.37')
  })

  it('strips HTML from captions and notes', () => {
    const t = tableByNumber(doc, '表五')
    expect(t.title).toBe('2024年重庆市南岸区医疗保障局政府性基金预算支出表')
    expect(t.noData).toBe(true)
  })

  it('reads performance targets with operator, value and unit', () => {
    const rows = doc.tables.filter((t) => t.kind === 'performance').flatMap((t) => t.rows)
    expect(rows.find((r) => r.name === '医疗救助资助人数')?.indicator).toMatchObject({ operator: '≥', target: '35000', unit: '人', weight: '25', core: '是' })
    expect(rows.find((r) => r.name === '单双解人均享受标准')?.indicator).toMatchObject({ operator: '=', target: '180', unit: '元/人年' })
    expect(rows.find((r) => r.name === '医疗救助资助人数')?.lines).toEqual([298, 298])
  })
})
