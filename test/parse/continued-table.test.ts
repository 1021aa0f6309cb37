import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { seedSources } from '../core/seed-engine.js'
import { cell } from './helpers.js'

/**
 * Session 24 (rules continued-table, slid-name-label, cycle-groups, unit blocks under a 科目 header): a 部门决算 read
 * from a PDF, cells tab-separated. Its 支出决算表 runs over two pages, the second under "表三 支出决算表（续表）" with the
 * header repeated and its 科目名称 cell slid one column right; each school's block of subject rows sits under the
 * school's own row. Its 三公 table prints 预算数 and 决算数 over the same five labels, the group label over each cell.
 * A made-up county (柳岸县).
 */
const T = (...cells: string[]) => cells.join('\t')
const DOC = [
  '柳岸县教育局2024年度部门决算',
  '第一部分 部门概况',
  '纳入柳岸县教育局2024年度部门决算编制范围的单位共3个，包括：柳岸县教育局（机关）、柳岸县第一中学、柳岸县城东小学。',
  '表三 支出决算表',
  '公开03表',
  '部门：柳岸县教育局 单位：万元',
  T('科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'),
  T('', '合计', '1,000.00', '800.00', '200.00'),
  T('', '柳岸县教育局（机关）', '300.00', '200.00', '100.00'),
  T('205', '教育支出', '300.00', '200.00', '100.00'),
  T('20501', '教育管理事务', '300.00', '200.00', '100.00'),
  T('2050101', '行政运行', '200.00', '200.00', '0.00'),
  T('2050199', '其他教育管理事务支出', '100.00', '0.00', '100.00'),
  T('', '柳岸县第一中学', '450.00', '350.00', '100.00'),
  T('205', '教育支出', '450.00', '350.00', '100.00'),
  T('20502', '普通教育', '450.00', '350.00', '100.00'),
  T('', '', '', '', '（下转续表）'),
  '表三 支出决算表（续表）',
  '部门：柳岸县教育局 单位：万元',
  T('科目编码', '', '科目名称', '本年支出合计', '基本支出', '项目支出'),
  T('2050204', '高中教育', '', '450.00', '350.00', '100.00'),
  T('', '柳岸县城东小学', '', '250.00', '250.00', '0.00'),
  T('205', '教育支出', '', '250.00', '250.00', '0.00'),
  T('20502', '普通教育', '', '250.00', '250.00', '0.00'),
  T('2050202', '小学教育', '', '250.00', '250.00', '0.00'),
  '表九 财政拨款“三公”经费支出决算表',
  '公开09表',
  '部门：柳岸县教育局 单位：万元',
  T('单位名称', '预算数', '决算数', '决算数', '决算数', '决算数', '决算数', '决算数', '决算数', '决算数', '决算数'),
  T('单位名称', '合计', '因公出国（境）费公务用车购置费公务用车运行维护费公务接待费', '', '', '', '合计', '因公出国（境）费公务用车购置费公务用车运行维护费公务接待费', '', '', ''),
  T('合计', '10.00', '0.00', '0.00', '6.00', '4.00', '8.00', '0.00', '0.00', '5.00', '3.00'),
  T('柳岸县教育局（机关）', '6.00', '0.00', '0.00', '4.00', '2.00', '5.00', '0.00', '0.00', '3.50', '1.50'),
  T('柳岸县第一中学', '4.00', '0.00', '0.00', '2.00', '2.00', '3.00', '0.00', '0.00', '1.50', '1.50'),
  '第二部分 部门决算情况说明',
  '2024年度本年支出合计1000.00万元，较2023年度增加50.00万元，增长5.26%。',
  '（一）总体情况。2024年度一般公共预算财政拨款支出900.00万元，占本年支出合计的90.00%。与2023年度相比，增加80.00万元，增长9.76%，主要原因是人员经费增加。',
].join('\n')

describe('a table continued over pages is one table', () => {
  const { document: d } = parseDocument('la-jyj-2024-bmjs.txt', DOC)
  const spending = d.tables.find((t) => t.title === '支出决算表')!
  it('joins the 续表 page to the table, its rows after the first page\'s', () => {
    expect(d.tables.filter((t) => /^支出决算表/.test(t.title))).toHaveLength(1)
    expect(spending.rows.map((r) => r.code ?? r.name)).toContain('2050202')
    expect(spending.rows.every((r, i) => r.index === i && r.id === `${spending.id}/r${i}`)).toBe(true)
    expect(spending.rows.some((r) => !r.name && !r.code)).toBe(false)
  })
  it('reads the names under a header cell slid one column off them', () => {
    const r = spending.rows.find((x) => x.code === '2050204')!
    expect(r.name).toBe('高中教育')
    expect(cell(spending, r, /^本年支出合计$/)).toBe('450.00')
  })
  it('finds the parent of a continued row on the page before', () => {
    const r = spending.rows.find((x) => x.code === '2050204')!
    expect(spending.rows[r.parent!].code).toBe('20502')
  })
  it('gives each repeat of the 三公 labels the group above it', () => {
    const t = d.tables.find((x) => x.kind === 'three-public')!
    expect(t.columns.map((c) => c.label)).toEqual([
      '单位名称', '预算数 › 合计', '预算数 › 因公出国（境）费', '预算数 › 公务用车购置费', '预算数 › 公务用车运行维护费', '预算数 › 公务接待费',
      '决算数 › 合计', '决算数 › 因公出国（境）费', '决算数 › 公务用车购置费', '决算数 › 公务用车运行维护费', '决算数 › 公务接待费',
    ])
  })
  it('accounts for every line', () => {
    expect(accountLines(d, DOC)).toEqual({ missing: [], twice: [] })
  })
})

describe('member units of a table printed in blocks, asked by name', async () => {
  const extra = await readSources([{ name: 'la-jyj-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('reads a school\'s row of the block table', () => {
    const r = engine.ask({ question: '柳岸县第一中学的基本支出是多少' })
    expect(r.answer).toContain('350.00万元')
    expect(r.citations[0]).toMatchObject({ rowName: '柳岸县第一中学' })
  })
  it('takes the unit named without its place when one department alone lists it', () => {
    expect(engine.ask({ question: '城东小学的项目支出是多少' }).answer).toContain('城东小学2024年项目支出为0.00万元')
  })
  it('reads a unit\'s 三公 total under the stage asked, the 决算 of a 决算 by default', () => {
    expect(engine.ask({ question: '柳岸县第一中学三公经费预算数是多少' }).answer).toContain('预算数合计为4.00万元')
    expect(engine.ask({ question: '柳岸县第一中学三公经费是多少' }).answer).toContain('决算数合计为3.00万元')
    expect(engine.ask({ question: '柳岸县教育局机关的三公经费决算是多少' }).answer).toContain('5.00万元')
  })
  it('answers nothing of money from a unit\'s row when no money is asked', () => {
    const r = engine.ask({ question: '城东小学招收了多少学生' })
    expect(r.answer).not.toContain('250.00')
  })
  it('works a year before from the sentence stating this figure, never from a share of it', () => {
    const r = engine.ask({ question: '柳岸县教育局2023年本年支出合计是多少' })
    expect(r.answer).toContain('950.00万元')
  })
})
