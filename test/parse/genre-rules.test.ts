import { describe, expect, it } from 'vitest'
import { codeFragmentColumns, isCodeSegment, isRowNumberColumn, joinCodeSegments, statisticUnitOf } from '../../server/core/parse/code-fragments.js'
import { buildColumns, roleOf } from '../../server/core/parse/header.js'
import type { Column } from '../../server/core/schema.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { parseSnippet } from './helpers.js'

const col = (index: number, label: string, role: Column['role']): Column => ({ index, path: [label], label, role })

describe('code fragments are never amounts', () => {
  it('a column of two- or three-digit integers before the name is part of the code; a 序号 is text', () => {
    const cols = [col(0, '科目编码', 'code'), col(1, '', 'amount'), col(2, '序号', 'amount'), col(3, '科目名称', 'name'), col(4, '合计', 'total')]
    codeFragmentColumns(cols, [['201', '06', '12', '财政事务', '1.00'], ['201', '', '13', '一般公共服务支出', '2.00']])
    expect(cols.map((c) => c.role)).toEqual(['code', 'code', 'text', 'name', 'total'])
  })

  it('a whole column of three-digit integers after the name is not money', () => {
    const cols = [col(0, '项目', 'name'), col(1, '行次', 'amount'), col(2, '金额', 'amount')]
    codeFragmentColumns(cols, [['甲', '101', '1.00'], ['乙', '102', '2.00'], ['丙', '103', '3.00']])
    expect(cols.map((c) => c.role)).toEqual(['name', 'text', 'amount'])
  })

  it('a 行次 column of 1, 2, 3… after the name numbers the rows (决算 总表: 项目 | 行次 | 金额)', () => {
    const cols = [col(0, '项目', 'name'), col(1, '行次', 'amount'), col(2, '金额', 'amount'), col(3, '项目', 'name'), col(4, '行次', 'amount'), col(5, '金额', 'amount')]
    codeFragmentColumns(cols, [['一、财政拨款收入', '1', '120.50', '一、一般公共服务支出', '29', '80.00'], ['二、事业收入', '2', '', '二、教育支出', '30', '40.50']])
    expect(cols.map((c) => c.role)).toEqual(['name', 'text', 'amount', 'name', 'text', 'amount'])
  })

  it('an unlabelled column counting up from 1 is row numbers; small amounts that do not count up stay amounts', () => {
    expect(isRowNumberColumn('', ['1', '2', '3', '4'])).toBe(true)
    expect(isRowNumberColumn('合计', ['5', '2', '3'])).toBe(false)
    expect(isRowNumberColumn('合计', ['1', '2'])).toBe(false)
  })

  it('a 单位编码 column of bare digit strings identifies units and is never an amount', () => {
    const cols = [col(0, '单位编码', 'amount'), col(1, '单位名称', 'name'), col(2, '合计', 'total')]
    codeFragmentColumns(cols, [['', '合计', '9,000.00'], ['402001', '某县某局（本级）', '7,000.00'], ['402002', '某县某中心', '2,000.00']])
    expect(cols.map((c) => c.role)).toEqual(['text', 'name', 'total'])
  })

  it.each(['部门公开表01', '公开01表', '预算02表', '单位公开表3-1', '表1-2'])('a title with its number %s on the line below opens a table', (number) => {
    const { document: doc } = parseSnippet(['2025年部门收入总表', number, '单位名称：某县某局\t\t单位：元', '项目\t合计\t其他收入', '合计\t1,200.00\t200.00'].join('\n'), '某县某局2025年部门预算')
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0].title).toContain('2025年部门收入总表')
    expect(doc.tables[0].rows[0].cells.filter((c) => c.amount).map((c) => c.amount!.value)).toEqual(['1200.00', '200.00'])
  })

  it('a table with no caption of its own takes the 单位：万元 printed just above it', () => {
    const { document: doc } = parseSnippet(['<p>单位：万元</p>', '<table>', '<tr><th>项目</th><th>2024年预算数</th></tr>', '<tr><td>“三公”经费</td><td>12.30</td></tr>', '</table>', '', '本部门“三公”经费12.30万元。'].join('\n'), '某市某局2024年部门预算“三公”经费情况说明')
    const t = doc.tables[0]
    expect(t.unit).toBe('万元')
    expect(t.rows[0].cells.find((c) => c.amount)?.amount).toMatchObject({ value: '12.30', unit: '万元' })
  })

  it('the 栏次 row under a 决算 header is not data', () => {
    const { document: doc } = parseSnippet(['收入决算表', '单位：万元', '项目\t行次\t金额', '栏次\t\t1', '一、财政拨款收入\t1\t310.25', '二、事业收入\t2\t12.00', '本年收入合计\t3\t322.25'].join('\n'), '某县林业局2023年部门决算')
    const rows = doc.tables[0].rows
    expect(rows.map((r) => r.name)).toEqual(['一、财政拨款收入', '二、事业收入', '本年收入合计'])
    expect(rows[0].cells.find((c) => c.amount)?.amount).toMatchObject({ value: '310.25', unit: '万元' })
    expect(rows[0].cells.filter((c) => c.amount)).toHaveLength(1)
  })

  it.each([
    ['201', '2010601', ['201', '84,861,719.00'], true],
    ['06', '2010601', ['06', '84,861,719.00'], true],
    ['201', '2010601', ['201', '300'], false],
    ['50', '2013850', ['50'], false],
    ['123', '2010601', ['123', '1.00'], false],
  ])('%s in a row of %s (%j) is a code segment: %s', (text, code, row, want) => {
    expect(isCodeSegment(text, code, row)).toBe(want)
  })
})

describe('split codes', () => {
  it.each([
    [['301', '2', ''], '30102'], [['208', '05', '1'], '2080501'], [['208', '', ''], '208'], [['', '05', ''], '05'], [['2080501'], '2080501'],
  ])('%j is code %s: 款 and 项 stored as numbers lose their leading zero', (parts, code) => expect(joinCodeSegments(parts)).toBe(code))

  it('reads such a row under its full code', () => {
    const { document } = parseSnippet([
      '2025年部门一般公共预算基本支出部门预算经济分类预算表',
      '单位：元',
      '类\t款\t科目名称\t合计',
      '301\t\t工资福利支出\t300,000',
      '301\t1\t基本工资\t100,000',
      '301\t3\t奖金\t200,000',
    ].join('\n'))
    expect(document.tables[0].rows.map((r) => r.code)).toEqual(['301', '30101', '30103'])
  })
})

describe('statistic rows and 决算 columns', () => {
  it.each([
    ['接待批次', '批次'], ['接待人次', '人次'], ['因公出国（境）团组数', '个'], ['公务用车保有量（辆）', '辆'], ['行政运行', undefined],
    ['车辆运行费', undefined], ['车辆购置费（元）', undefined], ['公务用车购置数（辆）', '辆'], ['4.公务用车保有量(辆)', '辆'],
  ])('%s counts in %s', (name, unit) => expect(statisticUnitOf(name)).toBe(unit))

  it.each([
    [['年初预算数'], 'initial'], [['调整预算数'], 'adjusted'], [['决算数'], 'final'], [['2023年决算数'], 'prior'],
    [['上年决算数'], 'prior'], [['增减额'], 'change'], [['增减%'], 'growth'], [['完成预算%'], 'completion'],
    // a subject's code is printed under 科目代码 as often as under 科目编码; a unit's 代码 is no subject code
    [['人员经费', '科目代码'], 'code'], [['经济科目代码'], 'code'], [['科目编码'], 'code'], [['单位代码'], 'text'], [['代码'], 'text'],
  ])('%j is %s', (path, role) => expect(roleOf(path as string[], 2024)).toBe(role))

  it('全年预算数 beside 年初预算数 is the budget as adjusted; alone it is any budget column; 决算数合计 is the accounts', () => {
    const roles = (paths: string[][]) => buildColumns(paths, 2024).map((c) => c.role)
    expect(roles([['科目编码'], ['科目名称'], ['年初预算数'], ['全年预算数'], ['决算数合计']])).toEqual(['code', 'name', 'initial', 'adjusted', 'final'])
    expect(roles([['项目'], ['全年预算数'], ['决算数']])).toEqual(['name', 'amount', 'final'])
  })

  it('a 基本支出 list in two halves under 科目代码: codes read as codes, each half\'s 合计 row named by its label', () => {
    const html = [
      '<table><tr><td colspan="3">人员经费</td><td colspan="3">公用经费</td></tr>',
      '<tr><td>科目代码</td><td>科目名称</td><td>决算数</td><td>科目代码</td><td>科目名称</td><td>决算数</td></tr>',
      '<tr><td>301</td><td>工资福利支出</td><td>50.00</td><td>302</td><td>商品和服务支出</td><td>8.00</td></tr>',
      '<tr><td>303</td><td>对个人和家庭的补助</td><td>4.00</td><td></td><td></td><td></td></tr>',
      '<tr><td colspan="2">人员经费合计</td><td>54.00</td><td colspan="2">公用经费合计</td><td>8.00</td></tr></table>',
    ].join('\n')
    const { document } = parseDocument('某某市某某中心2023年度单位决算.html', `某某市某某中心2023年度单位决算\n表六 基本支出决算明细表\n单位：万元\n${html}`)
    const rows = document.tables[0].rows.map((r) => [r.code ?? '', r.name])
    expect(rows).toEqual([['301', '工资福利支出'], ['303', '对个人和家庭的补助'], ['', '人员经费合计'], ['302', '商品和服务支出'], ['', '公用经费合计']])
  })

  it('reads a 决算 table: completion as a percentage, a count row in its unit', () => {
    const { document } = parseSnippet([
      '2024年一般公共预算财政拨款支出决算表',
      '单位：万元',
      '项目\t年初预算数\t决算数\t完成预算%',
      '行政运行\t100.00\t98.50\t98.50',
      '接待批次\t\t12\t',
    ].join('\n'), '某某市某某局2024年部门预算')  // 决算 titles are read by the metadata work
    const t = document.tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'initial', 'final', 'completion'])
    expect(t.rows[0].cells.map((c) => c.amount?.unit)).toEqual(['万元', '万元', '%'])
    expect(t.rows[1].cells[1].amount).toMatchObject({ value: '12', unit: '批次' })
    expect(t.rows[1].cells[1].amount?.fen).toBeUndefined()
  })
})

describe('a 三公 page copied from the web, whatever its layout', () => {
  // one cell a line, each closed by a pipe: the layout of small county pages saved as text; 年 lost to "-"
  const page = ['某县某园2017-度部门“三公”经费预算情况表', '单位：元', '科目名称 |', '2016-执行数 |', '2017-预算数 |',
    '一、支出合计 |', '|', '250000 |', '4.公务用车保有量(辆) |', '|', '1 |', '5.公务接待批次(批) |', '|', '10 |'].join('\n')

  it('reads "2016-执行数" as a column of 2016 and a counting row in its own unit, never as money', () => {
    const doc = parseDocument('某县某园2017年部门三公经费预算.txt', page).document
    const t = doc.tables[0]
    expect(t.columns.filter((c) => c.year).map((c) => c.year)).toEqual([2016, 2017])
    const cellOf = (name: string) => t.rows.find((r) => r.name.includes(name))!.cells.find((c) => c.amount)!.amount!
    expect(cellOf('保有量')).toMatchObject({ value: '1', unit: '辆' })
    expect(cellOf('保有量').fen).toBeUndefined()
    expect(cellOf('接待批次')).toMatchObject({ value: '10', unit: '批次' })
    expect(cellOf('支出合计')).toMatchObject({ unit: '元', fen: 25_000_000 })
  })
})

describe('决算 tables number their rows and columns', () => {
  it('reads the 栏次 row as header, 行次 as text, and drops a side left blank but for its 行次', () => {
    const { document } = parseSnippet([
      '收入支出决算总表',
      '单位:万元',
      '收入\t\t\t支出\t\t',
      '项目\t行次\t金额\t项目\t行次\t金额',
      '栏次\t\t1\t栏次\t\t2',
      '一、财政拨款收入\t1\t500.00\t一、一般公共服务支出\t3\t420.00',
      '\t2\t\t二、住房保障支出\t4\t80.00',
      '本年收入合计\t5\t500.00\t本年支出合计\t6\t500.00',
    ].join('\n'))
    const t = document.tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'text', 'total', 'name', 'text', 'total'])
    expect(t.rows.map((r) => `${r.side} ${r.name} ${r.cells.filter((c) => c.amount).map((c) => c.text).join(',')}`)).toEqual([
      'income 一、财政拨款收入 500.00', 'spending 一、一般公共服务支出 420.00', 'spending 二、住房保障支出 80.00',
      'income 本年收入合计 500.00', 'spending 本年支出合计 500.00',
    ])
  })

  it('reads a row of column numbers under a header without its 栏次 label as header too', () => {
    const { document } = parseSnippet([
      '“三公”经费支出决算表',
      '单位:万元',
      '合计\t因公出国(境)费\t公务接待费',
      '1\t2\t3',
      '6.50\t0.00\t6.50',
    ].join('\n'))
    expect(document.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([['6.50', '0.00', '6.50']])
  })

  it('takes the nearest of several titles stacked over a table as its title', () => {
    const { document } = parseSnippet([
      '某某局2025年财政拨款支出明细表（按经济科目分类）',
      '某某局2025年“三公”经费支出预算表',
      '单位：元',
      '项目\t合计\t公务接待费',
      '2025年预算数\t1,000.00\t1,000.00',
    ].join('\n'))
    expect(document.tables.map((t) => t.title)).toEqual(['某某局2025年“三公”经费支出预算表'])
  })
})
