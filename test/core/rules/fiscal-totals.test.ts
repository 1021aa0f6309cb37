import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { resolveInTables } from '../../../server/core/tools/lib/resolve-figure.js'
import { thisYearRowOf } from '../../../server/core/tools/lib/row-search.js'
import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')

/**
 * A made-up 部门决算 whose unit has other income (事业收入): the all-funds tables total more than the 财政拨款 ones,
 * and the 财政拨款收入支出决算总表's 总计 adds the 年初结转和结余 to the year's own 本年收入合计 / 本年支出合计.
 */
const FINAL = [
  '青沔县气象服务中心2024年度部门决算',
  '',
  '收入决算表',
  '公开02表 单位：万元',
  T('科目编码', '科目名称', '本年收入合计', '财政拨款收入', '事业收入', '其他收入'),
  T('', '合计', '530.00', '470.00', '52.00', '8.00'),
  T('220', '自然资源海洋气象等支出', '530.00', '470.00', '52.00', '8.00'),
  '支出决算表',
  '公开03表 单位：万元',
  T('科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'),
  T('', '合计', '545.00', '410.00', '135.00'),
  T('220', '自然资源海洋气象等支出', '500.00', '365.00', '135.00'),
  T('221', '住房保障支出', '45.00', '45.00', ''),
  '财政拨款收入支出决算总表',
  '公开04表 单位：万元',
  T('收入', '收入', '支出', '支出', '支出'),
  T('项目', '金额', '项目', '合计', '一般公共预算财政拨款'),
  T('一、一般公共预算财政拨款', '470.00', '一、自然资源海洋气象等支出', '441.00', '441.00'),
  T('', '', '二、住房保障支出', '45.00', '45.00'),
  T('本年收入合计', '470.00', '本年支出合计', '486.00', '486.00'),
  T('年初财政拨款结转和结余', '31.00', '年末财政拨款结转和结余', '15.00', '15.00'),
  T('总计', '501.00', '总计', '501.00', '501.00'),
].join('\n')

/** A made-up 单位预算 whose 财政拨款收支总表 prints 一、本年收入 and a 上年结转 with a figure under 收入总计. */
const BUDGET = [
  '青沔县档案馆2025年单位预算',
  '',
  '财政拨款收支预算总表',
  '单位：万元',
  T('收入', '', '支出', '', ''),
  T('项目', '本年预算', '项目', '合计', '一般公共预算'),
  T('一、本年收入', '212.00', '一、本年支出', '230.00', '230.00'),
  T('（一）一般公共预算', '212.00', '一般公共服务支出', '230.00', '230.00'),
  T('二、上年结转', '18.00', '二、结转下年', '-', '-'),
  T('收入总计', '230.00', '支出总计', '230.00', '230.00'),
].join('\n')

const doc = (name: string, text: string) => parseDocument(name, text).document
const fen = (d: ReturnType<typeof doc>, name: string) => resolveInTables(defaultVocabulary, d, { name }).figure

describe('rule this-year-line: 财政拨款收入 / 财政拨款支出 are the 财政拨款 总表\'s own-year lines', () => {
  const final = doc('qm-qxfw-2024-final.txt', FINAL)
  const budget = doc('qm-dag-2025-unit.txt', BUDGET)

  it('a 决算: 本年收入合计 / 本年支出合计 of the 财政拨款 table, never its 总计 nor the all-funds totals', () => {
    expect(fen(final, '财政拨款收入')).toMatchObject({ fen: 470_000_000, tableKind: 'fiscal-summary', label: '财政拨款收入' })
    expect(fen(final, '财政拨款支出')).toMatchObject({ fen: 486_000_000, tableKind: 'fiscal-summary', label: '财政拨款支出' })
    // the all-funds words still read the all-funds tables
    expect(fen(final, '总支出')?.fen).toBe(545_000_000)
    expect(fen(final, '总收入')?.fen).toBe(530_000_000)
  })

  it('a 预算: 一、本年收入 when 收入总计 adds a 上年结转 with a figure', () => {
    expect(fen(budget, '财政拨款收入')?.fen).toBe(212_000_000)
    expect(fen(budget, '财政拨款支出')?.fen).toBe(230_000_000)
  })

  it('the side total when no carry-over line of that side holds a figure; nothing when one does and no own-year line is printed', () => {
    const plain = doc('qm-dag-2025-plain.txt', BUDGET.replace(T('二、上年结转', '18.00'), T('二、上年结转', '-')).replace(/一、本年收入\t212\.00/, '一、一般公共预算\t212.00'))
    const t = plain.tables.find((x) => x.kind === 'fiscal-summary')!
    expect(thisYearRowOf(t, 'income')?.name).toBe('收入总计')
    const carried = doc('qm-dag-2025-carried.txt', BUDGET.replace(/一、本年收入\t212\.00/, '一、一般公共预算\t212.00'))
    expect(thisYearRowOf(carried.tables.find((x) => x.kind === 'fiscal-summary')!, 'income')).toBeUndefined()
  })

  it('answers 财政拨款支出 with that line and cites it; a share of it reads the part in the same table', () => {
    const engine = engineWith([{ name: 'qm-qxfw-2024-final.txt', bytes: new TextEncoder().encode(FINAL) }])
    const spent = engine.ask({ question: '青沔县气象服务中心2024年财政拨款支出是多少？' })
    expect(spent.answer).toContain('486.00万元')
    expect(spent.answer).not.toMatch(/545\.00|501\.00/)
    expect(spent.citations[0]).toMatchObject({ tableTitle: '财政拨款收入支出决算总表', rowName: '本年支出合计' })
    const share = engine.ask({ question: '青沔县气象服务中心2024年财政拨款支出中住房保障支出占多大比重？' })
    expect(share.answer).toContain('9.26%')
  })
})

/** A made-up 决算 with no 财政拨款 总表 and no 财政拨款 column: its prose names only one fund's 财政拨款收入. */
const NO_FISCAL = [
  '青沔县某某镇人民政府2024年度部门决算',
  '',
  '一、收入决算情况说明',
  '2024年度本年收入合计620.00万元，其中：一般公共预算财政拨款收入540.00万元，政府性基金预算财政拨款收入60.00万元，其他收入20.00万元。',
  '收入支出决算总表',
  '单位：万元',
  T('收入', '', '支出', ''),
  T('项目', '金额', '项目', '金额'),
  T('一、一般公共预算财政拨款收入', '540.00', '一、一般公共服务支出', '600.00'),
  T('二、政府性基金预算财政拨款收入', '60.00', '二、农林水支出', '30.00'),
  T('三、其他收入', '20.00', '', ''),
  T('本年收入合计', '620.00', '本年支出合计', '630.00'),
].join('\n')

describe('财政拨款收入 where the document prints no 财政拨款 total', () => {
  it('is not found: never the all-funds total, never one fund\'s line of the prose', () => {
    const engine = engineWith([{ name: 'qm-town-2024-final.txt', bytes: new TextEncoder().encode(NO_FISCAL) }])
    const r = engine.ask({ question: '青沔县某某镇2024年财政拨款收入是多少？' })
    expect(r.answer).toMatch(/没有找到/)
    expect(r.answer).not.toMatch(/620\.00|540\.00/)
  })
})

/** A made-up 决算: the all-funds 支出决算表 and one table per fund; 河道维护 is paid from both funds. */
const FUND_ROWS = [
  '青沔县水务站2024年度部门决算',
  '',
  '支出决算表',
  '单位：万元',
  T('科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'),
  T('', '合计', '380.00', '200.00', '180.00'),
  T('2130301', '行政运行', '210.00', '200.00', '10.00'),
  T('2130306', '水利工程运行与维护', '170.00', '', '170.00'),
  '财政拨款收入支出决算总表',
  '单位：万元',
  T('收入', '收入', '支出', '支出', '支出', '支出'),
  T('项目', '金额', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'),
  T('一、一般公共预算财政拨款', '300.00', '一、农林水支出', '350.00', '300.00', '50.00'),
  T('二、政府性基金预算财政拨款', '50.00', '', '', '', ''),
  T('本年收入合计', '350.00', '本年支出合计', '350.00', '300.00', '50.00'),
  '一般公共预算财政拨款支出决算表',
  '单位：万元',
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('', '合计', '300.00', '195.00', '105.00'),
  T('2130301', '行政运行', '205.00', '195.00', '10.00'),
  T('2130306', '水利工程运行与维护', '95.00', '', '95.00'),
  '政府性基金预算财政拨款收入支出决算表',
  '单位：万元',
  T('科目编码', '科目名称', '年初结转和结余', '本年收入', '本年支出'),
  T('', '合计', '', '50.00', '50.00'),
  T('2130306', '水利工程运行与维护', '', '50.00', '50.00'),
].join('\n')

describe('rule fiscal-part: a row\'s 财政拨款 figure ("X中财政拨款支出")', () => {
  const engine = engineWith([{ name: 'qm-swz-2024-final.txt', bytes: new TextEncoder().encode(FUND_ROWS) }])
  it('is its row in the one fund table that prints it, never the document\'s 财政拨款 total nor the all-funds row', () => {
    const r = engine.ask({ question: '青沔县水务站2024年行政运行中财政拨款支出多少？' })
    expect(r.answer).toContain('205.00万元')
    expect(r.answer).not.toMatch(/210\.00|350\.00/)
    expect(r.citations[0]).toMatchObject({ tableTitle: '一般公共预算财政拨款支出决算表' })
  })
  it('is not found where two fund tables each print a part of it', () => {
    const r = engine.ask({ question: '青沔县水务站2024年水利工程运行与维护中财政拨款支出多少？' })
    expect(r.answer).not.toMatch(/170\.00|95\.00|350\.00/)
  })
})
