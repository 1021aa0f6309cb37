import { describe, expect, it } from 'vitest'
import { buildColumns, flattenHeader } from '../../server/core/parse/header.js'
import { isSureWrap, joinWrappedHeaderCells } from '../../server/core/parse/header-unit.js'

const columns = (rows: string[][]) => {
  const width = Math.max(...rows.map((r) => r.length))
  return buildColumns(flattenHeader(joinWrappedHeaderCells(rows, isSureWrap), width), 2023).map((c) => `${c.label}:${c.role}`)
}

describe('header cells a PDF wrapped mid-word, with no unit in the labels to show it', () => {
  it('joins a one-character tail ("科目编" / "码", "基本支" / "出"): the code column is a code, not an amount', () => {
    expect(columns([
      ['科目编', '科目名称', '本年支出合', '基本支', '项目支', '事业单位经营'],
      ['码', '', '计', '出', '出', '支出'],
    ])).toEqual(['科目编码:code', '科目名称:name', '本年支出合计:total', '基本支出:basic', '项目支出:project', '事业单位经营支出:amount'])
  })

  it('keeps 类 / 款 / 项 under a code group, also when the merged group label is written into each column', () => {
    expect(columns([
      ['功能科目编码', '功能科目编码', '功能科目编码', '科目名称', '合计'],
      ['类', '款', '项', '', ''],
    ])).toEqual(['功能科目编码 › 类:code', '功能科目编码 › 款:code', '功能科目编码 › 项:code', '科目名称:name', '合计:total'])
    expect(columns([
      ['科目编码', '', '', '科目名称', '合计'],
      ['类', '款', '项', '', ''],
    ])).toEqual(['科目编码 › 类:code', '科目编码 › 款:code', '科目编码 › 项:code', '科目名称:name', '合计:total'])
  })

  it('keeps a real two-level label (a group over its leaves) apart', () => {
    expect(columns([
      ['项目', '2023年预算数', ''],
      ['', '基本支出', '项目支出'],
    ])).toEqual(['项目:name', '2023年预算数 › 基本支出:basic', '2023年预算数 › 项目支出:project'])
  })
})
