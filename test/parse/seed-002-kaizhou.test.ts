import { describe, expect, it } from 'vitest'
import { parseSeed } from './helpers.js'

// seeds/002_…: a cover letter and prose only: every figure lives in a paragraph.
const doc = parseSeed('002')

describe('seed 002 (开州 2026, prose only)', () => {
  it('takes the organisation the disclosure is about, not the issuing bureau', () => {
    expect(doc).toMatchObject({ org: '重庆市开州区医疗保障事务中心', region: '开州区', year: 2026, scope: '部门预算', tables: [] })
  })

  it('keeps the prose figures in paragraphs with their lines', () => {
    const p = doc.paragraphs.find((x) => x.text.startsWith('（二）支出预算'))!
    expect(p.text).toContain('社会保障和就业支出预算75.02万元')
    expect(p.lines).toEqual([37, 37])
    expect(doc.paragraphs.some((x) => x.text.includes('运行经费36.86万元'))).toBe(true)
  })

  it('builds the heading hierarchy, treating "1、" followed by "二、" as one numbering', () => {
    const titles = doc.sections.map((s) => `${s.level}:${s.title}`)
    expect(titles.slice(0, 5)).toEqual(['1:第一部分：2026年部门预算情况说明', '2:1、 单位基本情况', '3:（一）职能职责', '3:（二）单位构成', '2:二、部门收支总体情况'])
    expect(titles).toContain('1:第二部分：2026年部门预算公开报表')
  })
})
