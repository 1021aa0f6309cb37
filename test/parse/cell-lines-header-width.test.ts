import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { seedSources } from '../core/seed-engine.js'

/**
 * Session 24 (rule header-width): a notice allocating money to units, its table saved one cell a line, each closed by
 * a pipe, with text columns after the figure (subject codes written as "2299999-其他支出"), and the copy cut off inside
 * its last row. The labels before 合计 are the columns. A made-up province office (某省财政厅, 柳州岸).
 */
const PAGE = [
  '柳岸省财政厅关于下达2024年中央基建投资预算的通知',
  '省数据局、省林业局:',
  '现将2024年基建投资预算下达给你们，请加快执行。',
  '柳岸省财政厅',
  '2024年7月31日',
  '附件1',
  '2024年中央基建投资预算表(省级部门)',
  '单位:万元',
  '单位名称 |', '项目名称 |', '金额 |', '支出功能分类科目 |', '支出经济分类科目 |',
  '合计 |', '|', '1500.00 |', '|', '|',
  '柳岸省数据局 |', '政务云扩容项目 |', '900.00 |', '2299999-其他支出 |', '50602-资本性支出(基本建设) |',
  '柳岸省林业局 |', '林区防火监控项目 |', '400.00 |', '2130299-其他林业和草原支出 |', '50404-设备购置 |',
  '柳岸省林业局 |', '苗圃改造项目 |', '200.00 |', '2130299-其他林业和草原支出 |', '50404-设备购置 |',
  '柳岸省气象局 |',
  '气象雷达',
].join('\n')

describe('rule header-width: a header\'s labels before 合计 are the columns', () => {
  const { document: d } = parseDocument('la-czt-2024-jj.html', PAGE)
  const t = d.tables[0]
  it('reads one row per project, the figure under 金额 and the codes as text', () => {
    expect(t.columns.map((c) => c.label)).toEqual(['单位名称', '项目名称', '金额', '支出功能分类科目', '支出经济分类科目'])
    const row = t.rows.find((r) => r.name === '林区防火监控项目')!
    expect(row.cells.find((c) => c.column === 2)?.amount?.fen).toBe(400 * 1000000)
    expect(row.cells.find((c) => c.column === 4)?.text).toBe('50404-设备购置')
    expect(t.rows[0]).toMatchObject({ name: '合计', isTotal: true })
  })
  it('accounts for every line, the cut row included', () => {
    expect(accountLines(d, PAGE)).toEqual({ missing: [], twice: [] })
  })
})

/** Session 24 (rule recipient-rows): the units a notice allocates to, asked by their own words. */
describe('a project of the allocation asked', async () => {
  const extra = await readSources([{ name: 'la-czt-2024-jj.html', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('answers its amount from its row', () => {
    const r = engine.ask({ question: '柳岸省财政厅苗圃改造项目安排了多少钱' })
    expect(r.answer).toContain('200.00万元')
    expect(r.citations[0]).toMatchObject({ rowName: '苗圃改造项目' })
  })
  it('sums a unit\'s projects, the unit named by its own words', () => {
    const r = engine.ask({ question: '省林业局一共拿到多少钱' })
    expect(r.answer).toContain('共2个项目')
    expect(r.answer).toContain('600.00万元')
    expect(r.citations.map((c) => c.rowName)).toEqual(expect.arrayContaining(['林区防火监控项目', '苗圃改造项目']))
  })
  it('answers a row\'s text column asked with its cell (rule row-text-column)', () => {
    const r = engine.ask({ question: '柳岸省财政厅林区防火监控项目用的是哪个经济分类科目' })
    expect(r.answer).toContain('50404-设备购置')
    expect(r.answer).not.toContain('400.00')
  })
  it('answers what one table is about with its 合计 (rule title-subject-total), 中央 read whole', () => {
    const r = engine.ask({ question: '柳岸省财政厅下达的2024年中央基建投资一共多少' })
    expect(r.answer).toContain('1500.00万元')
    expect(r.citations[0]).toMatchObject({ rowName: '合计' })
    // (one unit's share asked, its row cut off: never the table's whole)
    expect(engine.ask({ question: '柳岸省大学这次分到多少中央基建投资' }).answer).not.toContain('1500.00')
  })
  it('reads a unit\'s rows only for what it was allocated, in the year held', () => {
    expect(engine.ask({ question: '省林业局2023年分到多少钱' }).answer).not.toContain('600.00')
    expect(engine.ask({ question: '柳岸省林业局预算是多少' }).answer).not.toContain('共2个项目')
  })
  it('sets a unit\'s sum against the table\'s 合计', () => {
    expect(engine.ask({ question: '省林业局两个项目加起来占总额百分比多少' }).answer).toContain('40.00%')
    expect(engine.ask({ question: '省数据局分到多少钱' }).answer).toContain('900.00万元')
  })
})
