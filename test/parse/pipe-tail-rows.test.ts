import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/**
 * Session 21: a web table saved one cell a line, each cell closed by a pipe and a row's last cell followed by more
 * pipes (its blank cells), under a page with no heading whose first line is the file name of an attached table.
 * Made-up places (青岚州, 柳岸县) and units.
 */
const PAGE = [
  '州人民医院2021年一般公共预算财政拨款“三公”经费支出决算表(与预算对比).xls',
  '目录',
  '一、青岚州人民医院概况',
  '二、青岚州人民医院2021年度部门决算公开报表(见附表)',
  '一、青岚州人民医院概况',
  '(一)主要职能',
  '1. 为人民群众提供医疗、预防、保健等服务;',
  '二、青岚州人民医院2021年度部门决算公开报表(见附表)',
  '表1 收入支出决算总表 | ||||||||',
  '公开01表 | ||||||||',
  '编制单位:青岚州人民医院 |',
  '金额单位:万元 | |||||||',
  '收入 |', '支出 | |||||||',
  '项 目 |', '行次 |', '决算数 |', '项 目 |', '行次 |', '决算数 | |||',
  '栏 次 |', '1 |', '栏 次 |', '2 | |||||',
  '一、一般公共预算财政拨款收入 |', '1 |', '2,100.50 |', '一、一般公共服务支出 |', '31 |', '0.00 | |||',
  '二、政府性基金预算财政拨款收入 |', '2 |', '0.00 |', '二、外交支出 |', '32 |', '0.00 | |||',
  '三、事业收入 |', '3 |', '18,640.25 |', '三、卫生健康支出 |', '33 |', '20,740.75 | |||',
  '四、其他收入 |', '4 |', '0.00 |', '四、教育支出 |',
]

describe('rule pipe-tail-rows: a cell followed by more pipes closes its row', () => {
  const text = PAGE.join('\n')
  const { document: d } = parseDocument('p.html', text)
  it('reads the 收支总表 side by side, the 收入 and 支出 halves over their own columns', () => {
    expect(accountLines(d, text)).toEqual({ missing: [], twice: [] })
    expect(d.tables).toHaveLength(1)
    const t = d.tables[0]
    expect(t.kind).toBe('summary')
    expect(t.unit).toBe('万元')
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'text', 'final', 'name', 'text', 'final'])
    const value = (name: string) => t.rows.find((r) => r.name === name)?.cells.find((c) => c.amount)?.amount?.value
    expect(value('一、一般公共预算财政拨款收入')).toBe('2100.50')
    expect(value('三、事业收入')).toBe('18640.25')
    expect(value('三、卫生健康支出')).toBe('20740.75')
    // no row is named by a figure or a column number
    expect(t.rows.map((r) => r.name).filter((n) => /^[\d,.]+$|栏/.test(n))).toEqual([])
  })
  it('a last row the page cut short keeps its cells in order, not spread over the halves', () => {
    const t = d.tables[0]
    expect(t.rows.find((r) => r.name === '四、其他收入')?.cells.find((c) => c.amount)?.amount?.value).toBe('0.00')
    expect(t.rows.some((r) => r.name === '四、教育支出')).toBe(true)
  })
  it('the table’s own number line under its title (公开01表 | ||||) is its number, not a table of its own', () => {
    expect(d.tables[0].title).toBe('收入支出决算总表')
  })
})

describe('rule attachment-title: an attached table’s file name never titles the page', () => {
  const lines = toSourceLines(PAGE.join('\n'))
  it('reads the organisation from the body, and the kind from the body sentence naming it with its year', () => {
    expect(resolveMeta(lines, 'p.html').meta).toMatchObject({ org: '青岚州人民医院', year: 2021, scope: '部门决算' })
  })
  it('a file named for the whole document may still title it', () => {
    const own = toSourceLines(['柳岸县水利局2023年部门预算.pdf', '目录', '第一部分 部门概况'].join('\n'))
    expect(resolveMeta(own, 'p.html').meta).toMatchObject({ org: '柳岸县水利局', year: 2023, scope: '部门预算' })
  })
})
