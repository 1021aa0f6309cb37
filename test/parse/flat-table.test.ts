import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { reconcileTables } from '../../server/core/checks/reconcile.js'
import { unflattenTables } from '../../server/core/parse/flat-table.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/** A county's 财政预算 tables copied from a PDF as one paragraph (made up: 青岚县, its figures and wording). */
const HEAD = '青岚县六届人大二次 会 议 文 件 附件 表 格 目 录 表一: 2023年青岚县一般公共预算收入执行情况表 第一部分 2023年预算执行情况'
const TABLE = '2023年青岚县一般公共预算收入执行情况表 (财政预计数) 表一 单位:万元 2022年 2023年 2023年 完成数 预算数 完成数'
const ROWS = '30,100 32,000 31,500 98.44% 4.65% 税收收入小计 20,000 21,000 20,800 99.05% 4.00% 增值税 18,000 18,800 18,550 98.67% 3.06% 企业所得税 1,200 1,300 1,250 96.15% 4.17% 契税 800 900 1,000 111.11% 25.00% 非税收入小计 10,100 11,000 10,700 97.27% 5.94%'
const TITLE = '关于青岚县2023年财政预算执行情况和2024年财政预算(草案)相关表格'
const parse = (body: string) => parseDocument('qinglan.txt', `${TITLE}\n${body}\n`).document

describe('rule flat-table: a table that lost its line breaks is read back into rows', () => {
  it('splits the line into the text before, the caption, two header rows and one row a line, all on the source line', () => {
    const lines = unflattenTables(toSourceLines(`${TITLE}\n${HEAD} ${TABLE} ${ROWS}`))
    expect(lines.map((l) => l.text)).toEqual([
      TITLE, HEAD, '2023年青岚县一般公共预算收入执行情况表', '(财政预计数)', '表一 单位:万元',
      '\t2022年\t2023年\t2023年\t\t', '\t完成数\t预算数\t完成数\t\t',
      '\t30,100\t32,000\t31,500\t98.44%\t4.65%', '税收收入小计\t20,000\t21,000\t20,800\t99.05%\t4.00%',
      '增值税\t18,000\t18,800\t18,550\t98.67%\t3.06%', '企业所得税\t1,200\t1,300\t1,250\t96.15%\t4.17%', '契税\t800\t900\t1,000\t111.11%\t25.00%',
      '非税收入小计\t10,100\t11,000\t10,700\t97.27%\t5.94%',
    ])
    expect(new Set(lines.slice(1).map((l) => l.no))).toEqual(new Set([2]))
  })

  it('reads the table: its number, unit, year, the years paired with the column words, the lost total label', () => {
    const doc = parse(`${HEAD} ${TABLE} ${ROWS}`)
    const [t] = doc.tables
    expect(t).toMatchObject({ number: '表一', unit: '万元', year: 2023, title: '2023年青岚县一般公共预算收入执行情况表(财政预计数)' })
    expect(t.columns.map((c) => [c.label, c.role])).toEqual([
      ['第1列', 'name'], ['2022年 › 完成数', 'prior'], ['2023年 › 预算数', 'amount'], ['2023年 › 完成数', 'final'], ['第5列', 'amount'], ['第6列', 'amount'],
    ])
    expect(t.rows.map((r) => r.name)).toEqual(['合计', '税收收入小计', '增值税', '企业所得税', '契税', '非税收入小计'])
    expect(t.rows[3].cells.map((c) => c.text)).toEqual(['1,200', '1,300', '1,250', '96.15%', '4.17%'])
    expect(t.rows[3].cells[4].amount?.unit).toBe('%')
    expect(t.rows.every((r) => r.lines[0] === 2 && r.lines[1] === 2)).toBe(true)
    expect(doc.paragraphs.some((p) => p.text.includes('会 议 文 件') || p.text.includes('会议文件'))).toBe(true)
  })

  it('one header word a column: one header row', () => {
    const doc = parse(`2023年青岚县政府性基金收入表 单位:万元 项目 2023年预算数 2023年完成数 土地出让收入 5,000 5,600 城市基础设施配套费 300 280 污水处理费 120 130`)
    expect(doc.tables[0].columns.map((c) => c.label)).toEqual(['项目', '2023年预算数', '2023年完成数'])
    expect(doc.tables[0].rows.map((r) => r.name)).toEqual(['土地出让收入', '城市基础设施配套费', '污水处理费'])
  })

  it('rows of different widths (or too few) are no table: the line stays text', () => {
    const uneven = `${TABLE} 30,100 32,000 31,500 98.44% 税收收入小计 20,000 21,000 增值税 9,000 9,500 9,400 98.95% 4.44% 契税 800`
    expect(unflattenTables(toSourceLines(uneven))).toHaveLength(1)
    expect(unflattenTables(toSourceLines(`${TABLE} 增值税 9,000 9,500 9,400 98.95% 4.44%`))).toHaveLength(1)
  })

  it('a copy cut inside a figure: the broken row stays a row as printed, the table is cut short and its sums unchecked', () => {
    const doc = parse(`${TABLE} ${ROWS} 印花税 1,700 1,8`)
    const t = doc.tables[0]
    expect(t.rows.map((r) => r.name)).toContain('印花税')
    expect(t.rows[t.rows.length - 1].cells.map((c) => c.text).filter(Boolean)).toEqual(['1,700', '1,8'])
    expect(t.rows[t.rows.length - 1].cells.filter((c) => c.amount).map((c) => c.text)).toEqual(['1,700'])
    expect(t.cutShort).toBe(true)
    const findings = checkDocument(doc)
    reconcileTables(doc, findings)
    expect(findings.filter((f) => f.citations.some((c) => c.tableId === t.id))).toEqual([])
    expect(t.reconciled).toBe('unchecked')
  })

  it('a last row short of figures but not broken off is no row (it may be anything): left as text', () => {
    const doc = parse(`${TABLE} ${ROWS} 印花税 700 7`)
    expect(doc.tables[0].rows.map((r) => r.name)).not.toContain('印花税')
    expect(doc.tables[0].cutShort).toBeUndefined()
  })

  it('a table that is whole is checked: its total against its 小计 rows, each 小计 against the items after it', () => {
    const doc = parse(`${TABLE} ${ROWS}`)
    expect(doc.tables[0].cutShort).toBeUndefined()
    const findings = checkDocument(doc)
    reconcileTables(doc, findings)
    expect(findings).toEqual([])
    expect(doc.tables[0].reconciled).toBe('ok')
    // one figure changed: the sums no longer hold, and the check says so
    const wrong = parse(`${TABLE} ${ROWS.replace('18,550', '18,650')}`)
    const found = checkDocument(wrong)
    reconcileTables(wrong, found)
    expect(wrong.tables[0].reconciled).toBe('mismatch')
  })
})

describe('rule stacked-cells: a table a page copied one cell per line', () => {
  const STACKED = [
    '青岚县2023年“三公”经费决算情况说明',
    '青岚县2023年“三公”经费决算支出数为310.40万元。',
    '青岚县2023“三公”经费决算财政拨款情况统计表',
    '单位:万元',
    '2023年决算数', '2022年决算数', '2023年决算比上年增、减情况', '增、减额', '增、减幅度',
    '310.40', '300.00', '10.40', '3.47%',
    '1、因公出国(境)费', '0', '0',
    '2、公务接待费', '110.40', '100.00', '10.40', '10.40%',
    '3、公务用车购置及运行维护费', '200.00', '200.00', '0.00', '0.00%',
    '（以下内容略）',
  ].join('\n')

  it('reads the cells back into a header (a group head takes no column) and rows, each at its label’s line', () => {
    const lines = unflattenTables(toSourceLines(STACKED))
    const rows = lines.filter((l) => l.text.includes('\t'))
    expect(rows.map((l) => [l.no, l.text])).toEqual([
      [3, '\t2023年决算数\t2022年决算数\t增、减额\t增、减幅度'],
      [10, '\t310.40\t300.00\t10.40\t3.47%'],
      [14, '1、因公出国(境)费\t0\t0\t\t'],
      [17, '2、公务接待费\t110.40\t100.00\t10.40\t10.40%'],
      [22, '3、公务用车购置及运行维护费\t200.00\t200.00\t0.00\t0.00%'],
    ])
  })

  it('parses into a 三公 table whose 公务接待费 row carries both years', () => {
    const doc = parseDocument('qinglan-sg.txt', STACKED + '\n').document
    const t = doc.tables[0]
    const row = t.rows.find((r) => r.name.includes('公务接待费'))!
    expect(row.cells.map((c) => c.text)).toEqual(expect.arrayContaining(['110.40', '100.00']))
    // "增、减额" and "增、减幅度" head the change and its rate, written with 、 as they are
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'final', 'prior', 'change', 'growth'])
  })

  it('leaves a narrower row with figures other than 0 unread as a table (its columns cannot be told)', () => {
    const broken = STACKED.replace("'1、因公出国(境)费', '0', '0'", '').replace('1、因公出国(境)费\n0\n0', '1、因公出国(境)费\n5.00\n0')
    const lines = unflattenTables(toSourceLines(broken))
    expect(lines.some((l) => l.text.includes('\t'))).toBe(false)
  })
})

describe('rule outline-depth: rows numbered in two kinds nest by kind', () => {
  it('puts "1)国内接待费" under "2、公务接待费" (its 其中 row under it), so the 合计 adds only the 1、2、3、 rows', async () => {
    const { checkDocument } = await import('../../server/core/checks/check-document.js')
    const text = [
      '青岚县2023年“三公”经费决算情况说明',
      '青岚县2023“三公”经费决算财政拨款情况统计表',
      '单位:万元',
      '项目\t2023年决算数',
      '合计\t310.40',
      '1、因公出国(境)费\t0',
      '2、公务接待费\t110.40',
      '1)国内接待费\t110.40',
      '其中:外事接待费\t0',
      '2)国(境)外接待费\t0',
      '3、公务用车购置及运行维护费\t200.00',
      '其中:(1)公务用车运行维护费\t180.00',
      '2)公务用车购置\t20.00',
    ].join('\n')
    const doc = parseDocument('qinglan-sg2.txt', text + '\n').document
    const rows = doc.tables[0].rows
    const byName = (n: string) => rows.find((r) => r.name.includes(n))!
    expect(byName('国内接待费').parent).toBe(byName('2、公务接待费').index)
    expect(byName('2)公务用车购置').parent).toBe(byName('3、公务用车').index)
    expect(checkDocument(doc).filter((f) => f.kind === 'sum-children')).toEqual([])
  })
})

describe('rule numbered-total: "一、…合计" heads its own section of a 一、二、三、 list', () => {
  it('sums (一)(二)(三) under "一、“三公”经费合计", not the 会议费 and 培训费 rows numbered 二、 and 三、', async () => {
    const { checkDocument } = await import('../../server/core/checks/check-document.js')
    const text = [
      '2019年县文旅局财政拨款“三公”经费预算表',
      '金额单位:万元',
      '项目\t2019年预算数',
      '一、“三公”经费合计\t30.50',
      '(一)因公出国(境)费\t0',
      '(二)公务接待费\t12.50',
      '(三)公务用车费\t18.00',
      '二、会议费\t4.20',
      '三、培训费\t9.10',
    ].join('\n')
    const doc = parseDocument('wenlv-sg.txt', text + '\n').document
    const rows = doc.tables[0].rows
    const byName = (n: string) => rows.find((r) => r.name.includes(n))!
    expect(byName('合计').isTotal).toBe(false)
    expect(byName('公务接待费').parent).toBe(byName('合计').index)
    expect(byName('会议费').parent).toBeUndefined()
    expect(checkDocument(doc).filter((f) => f.kind === 'sum-children')).toEqual([])
  })

  it('keeps a 合计 numbered 一、 that no 二、 follows as the table total', () => {
    const text = ['2019年县文旅局“三公”经费预算表', '单位:万元', '项目\t预算数', '一、“三公”经费合计\t30.50', '(一)公务接待费\t12.50', '(二)公务用车费\t18.00'].join('\n')
    const rows = parseDocument('wenlv-sg2.txt', text + '\n').document.tables[0].rows
    expect(rows[0].isTotal).toBe(true)
  })
})

describe('rule caption-rows: a web table whose first rows are its title and its unit', () => {
  it('reads 单位：万元 from the table\'s own second row and keeps both rows out of the column labels', () => {
    const html = ['<table>', '<tr><td>青岚县2015年“三公”经费汇总情况表</td><td></td></tr>', '<tr><td>单位:万元</td><td></td></tr>',
      '<tr><td>项目</td><td>本年预算数</td></tr>', '<tr><td>合计</td><td>331.8</td></tr>', '<tr><td>1、公务接待费</td><td>137.2</td></tr>',
      '<tr><td>2、公务用车费</td><td>194.6</td></tr>', '</table>'].join('\n')
    const t = parseDocument('qinglan-sg.html', `青岚县2015年“三公”经费汇总情况表\n${html}\n`).document.tables[0]
    expect(t.unit).toBe('万元')
    expect(t.columns.map((c) => c.label)).toEqual(['项目', '本年预算数'])
    expect(t.rows[1].cells.find((c) => c.amount)?.amount?.unit).toBe('万元')
  })
})

describe('rule count-columns: a 部门机构情况 table counts units, it spends nothing', () => {
  it('reads 数量 and 比上年增减 as counts in 个 and 变动原因说明 as words', () => {
    const rows = [['项目', '数量', '比上年增减', '变动原因说明'], ['一、按单位基本性质', '6', '1', ''], ['行政单位', '2', '', ''], ['事业单位', '4', '1', '新设农技站']]
    const html = ['<table>', ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`), '</table>']
    const text = ['青岚县某乡2019年部门决算编制说明', '纳入本部门决算汇编范围的独立核算单位共 6 个,比上年增加 1 个。', ...html].join('\n')
    const t = parseDocument('qinglan-xiang.html', text + '\n').document.tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'amount', 'change', 'text'])
    const row = t.rows.find((r) => r.name === '事业单位')!
    expect(row.cells.filter((c) => c.amount).map((c) => `${c.amount!.value}${c.amount!.unit}`)).toEqual(['4个', '1个'])
  })
})
