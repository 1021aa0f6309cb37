import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlTableLines } from '../../server/core/parse/html-table.js'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cell, cellAmount, parseSnippet, rowByCode, rowByName, tableByNumber } from './helpers.js'

const TITLE = '重庆市某某区某某局2025年部门预算情况说明'
const parse = (body: string) => {
  const text = `${TITLE}\n\n${body}`
  const r = parseSnippet(body)
  return { ...r, text, doc: r.document }
}

const SPENDING = [
  '<p style="text-align:center"><strong>表2&nbsp;&nbsp;2025年一般公共预算支出表</strong></p>',
  '<p style="text-align:right">单位：万元</p>',
  '<table border="1">',
  '<tr><th colspan="2">功能分类科目</th><th rowspan="2">2024年预算数</th><th colspan="2">2025年预算数</th></tr>',
  '<tr><th>科目编码</th><th>科目名称</th><th>小计</th><th>基本支出</th></tr>',
  '<tr><td colspan="2">合&nbsp;&nbsp;计</td><td>1,200.00</td><td>1,000.50</td><td>1,000.50</td></tr>',
  '<tr><td>208</td><td>社会保障和就业支出</td><td>200.00</td><td>180.50</td><td>180.50</td></tr><tr><td>20805</td><td>&nbsp;&nbsp;行政事业单位养老支出</td><td>200.00</td><td>180.50</td><td>&nbsp;</td></tr>',
  '<tr><td>2080505</td><td>&nbsp;&nbsp;&nbsp;&nbsp;机关事业单位基本养老保险缴费支出</td><td>&nbsp;</td><td>180.50</td><td>180.50</td></tr>',
  '</table>',
].join('\n')

describe('HTML tables (made-up snippets)', () => {
  it('decodes named and numeric entities once', () => {
    expect(decodeEntities('A&nbsp;&amp;&lt;b&gt;&quot;&#20013;&#x6587;&amp;lt;')).toBe('A &<b>"中文&lt;')
  })

  it('expands colspan group labels and rowspan labels into the header', () => {
    const t = tableByNumber(parse(SPENDING).doc, '表2')
    expect(t.columns.map((c) => [c.label, c.role])).toEqual([
      ['功能分类科目 › 科目编码', 'code'], ['功能分类科目 › 科目名称', 'name'], ['2024年预算数', 'prior'],
      ['2025年预算数 › 小计', 'total'], ['2025年预算数 › 基本支出', 'basic'],
    ])
    expect(t.headerLines).toEqual([5, 6, 7, 11])
    expect(t.unit).toBe('万元')
    expect(t.title).toBe('2025年一般公共预算支出表')
  })

  it('reads rows, several on one line, with the colspan total, empty &nbsp; cells and indentation', () => {
    const { doc, text } = parse(SPENDING)
    const t = tableByNumber(doc, '表2')
    expect(t.rows.map((r) => [r.code ?? '', r.name, r.lines[0]])).toEqual([
      ['', '合计', 8], ['208', '社会保障和就业支出', 9], ['20805', '行政事业单位养老支出', 9], ['2080505', '机关事业单位基本养老保险缴费支出', 10],
    ])
    expect(cellAmount(t, t.rows[0], /小计/)?.fen).toBe(1000500000)
    expect(cell(t, rowByCode(t, '20805'), /基本支出/)).toBe('')
    expect(cell(t, rowByCode(t, '2080505'), /2024/)).toBe('')
    expect(rowByCode(t, '2080505').parent).toBe(rowByCode(t, '20805').index)
    expect(rowByCode(t, '20805').parent).toBe(rowByCode(t, '208').index)
    expect(doc.unparsed).toEqual([])
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
  })

  it('keeps a two-sided summary table apart by side', () => {
    const body = [
      '<p><strong>表1&nbsp;&nbsp;2025年部门收支总表</strong></p>',
      '<p>单位：万元</p>',
      '<table>',
      '<tr><th colspan="2">收&nbsp;&nbsp;入</th><th colspan="2">支&nbsp;&nbsp;出</th></tr><tr><th>项&nbsp;&nbsp;目</th><th>预算数</th><th>项&nbsp;&nbsp;目</th><th>预算数</th></tr>',
      '<tr><td>一般公共预算拨款收入</td><td>88.00</td><td>社会保障和就业支出</td><td>88.00</td></tr>',
      '<tr><td><strong>收入总计</strong></td><td>88.00</td><td><strong>支出总计</strong></td><td>88.00</td></tr>',
      '</table>',
    ].join('\n')
    const { doc, text } = parse(body)
    const t = tableByNumber(doc, '表1')
    expect(t.rows.map((r) => [r.side, r.name])).toEqual([
      ['income', '一般公共预算拨款收入'], ['spending', '社会保障和就业支出'], ['income', '收入总计'], ['spending', '支出总计'],
    ])
    expect(cellAmount(t, rowByName(t, '支出总计', 'spending'), /预算数/)?.fen).toBe(88000000)
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
  })

  it('lays out a cell spread over two source lines and counts its lines once', () => {
    const { rows, spans, markup } = htmlTableLines([
      { no: 1, raw: '<table><tbody>', text: '' },
      { no: 2, raw: '<tr><th>项目</th><th>金额</th></tr>', text: '' },
      { no: 3, raw: '<tr><td>办公费</td>', text: '' },
      { no: 4, raw: '<td>1.00</td></tr>', text: '' },
      { no: 5, raw: '</tbody></table>', text: '' },
    ])
    expect(rows.map((r) => [r.no, r.text])).toEqual([[2, '项目\t金额'], [3, '办公费\t1.00']])
    expect(spans).toEqual(new Map([[3, 4]]))
    expect(markup).toEqual([1, 5])
    const body = '<p>表9 2025年项目支出表</p>\n<table><tr><th>项目</th><th>金额</th></tr>\n<tr>\n<td>办公费</td>\n<td>1.00</td></tr>\n</table>'
    const { doc, text } = parse(body)
    expect(doc.tables[0].rows.map((r) => [r.name, r.lines])).toEqual([['办公费', [5, 7]]])
    expect(doc.tables[0].headerLines).toEqual([4, 8])
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
  })

  it('strips tags and entities from prose paragraphs', () => {
    const { doc, text } = parse('<p>&nbsp;&nbsp;&nbsp;&nbsp;本部门&quot;三公&quot;经费<a href="#x">详见</a>表5。</p>\n\n<p>&nbsp;</p>')
    const prose = doc.paragraphs.map((p) => p.text).join('\n')
    expect(prose).toMatch(/本部门"三公"经费详见表5。$/)
    expect(prose).not.toMatch(/[<>&]/)
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
  })
})

// 武汉市江岸区市场监督管理局 2026: tables pasted as HTML markup from a government web page
const file = join(__dirname, '..', 'blind2', 'docs', 'blind_d.md')
const text = readFileSync(file, 'utf8')
const doc = parseDocument(file, text).document

describe('blind d (HTML tables)', () => {
  it('finds the seven tables with their row counts and accounts for every line', () => {
    const numbered = ['表1', '表2', '表3', '表4', '表5', '表6'].map((n) => [n, tableByNumber(doc, n).rows.length])
    expect(Object.fromEntries(numbered)).toEqual({ 表1: 15, 表2: 22, 表3: 22, 表4: 36, 表5: 3, 表6: 5 })
    expect(new Set(doc.tables.map((t) => t.number)).size).toBe(7)
    expect(doc.tables.filter((t) => t.number === '表7').map((t) => t.rows.length)).toEqual([6, 6])
    expect(doc.unparsed).toEqual([])
    expect(accountLines(doc, text)).toEqual({ missing: [], twice: [] })
    expect(doc.unit).toBe('万元')
  })

  it('reads 表3 with its two-level header', () => {
    const t = tableByNumber(doc, '表3')
    const r = rowByCode(t, '2013805')
    expect(r.name).toBe('市场秩序执法')
    expect(cell(t, r, /2025年预算数/)).toBe('260.00')
    expect(cellAmount(t, r, /小计/)?.fen).toBe(215400000)
    expect(t.rows[0]).toMatchObject({ name: '合计' })
    expect(cell(t, t.rows[0], /2025年预算数/)).toBe('4,181.39')
    expect(rowByCode(t, '2013805').parent).toBe(rowByCode(t, '20138').index)
  })

  it('reads 表4 rows that share a source line', () => {
    const t = tableByNumber(doc, '表4')
    const r = rowByCode(t, '30239')
    expect(r.name).toBe('其他交通费用')
    expect(cellAmount(t, r, /合计/)?.fen).toBe(68520000)
    expect(cell(t, r, /人员经费/)).toBe('')
    expect(rowByCode(t, '30299').lines[0]).toBe(r.lines[0])
  })

  it('reads 表1 as a two-sided table', () => {
    const t = tableByNumber(doc, '表1')
    expect(cell(t, rowByName(t, '收入总计', 'income'), /预算数/)).toBe('4,072.90')
    expect(cell(t, rowByName(t, '支出总计', 'spending'), /预算数/)).toBe('4,072.90')
    expect(t.kind).toBe('summary')
  })

  it('reads the three-public table and the two projects of the performance table', () => {
    expect(tableByNumber(doc, '表5').kind).toBe('three-public')
    const perf = doc.tables.filter((t) => t.number === '表7')
    expect(perf.map((t) => t.fields.find((f) => f.key === '项目名称')?.value)).toEqual(['食品安全监管', '市场秩序执法'])
    expect(perf[1].fields.find((f) => f.key === '项目资金')?.amount?.fen).toBe(215400000)
    expect(perf[0].rows[0]).toMatchObject({ name: '食品安全监督抽检批次', indicator: { target: expect.stringContaining('4800') } })
  })
})

describe('a unit the document declares once for all its figures', () => {
  const body = (head: string) => [
    `<p>${head}</p>`,
    '<p>一、收支总体情况。本年支出合计1,200.00万元。</p>',
    '<h3>表2　支出决算表</h3>',
    '<table border="1">',
    '<tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th></tr>',
    '<tr><td colspan="2">合计</td><td>1,200.00</td><td>1,000.50</td></tr>',
    '<tr><td>208</td><td>社会保障和就业支出</td><td>1,200.00</td><td>1,000.50</td></tr>',
    '</table>',
  ].join('\n')

  it.each([
    ['（公开日期：2024年9月10日　　金额单位：万元）', '万元'],
    ['注：以下金额单位均为元。', '元'],
  ])('reads "%s" for a table that declares none', (head, unit) => {
    const doc = parse(body(head)).doc
    expect(tableByNumber(doc, '表2').unit).toBe(unit)
  })

  it('leaves a table without any declaration unitless (never a guess)', () => {
    expect(tableByNumber(parse(body('本部门共有2个单位。')).doc, '表2').unit).toBeUndefined()
  })
})

describe('rule unit-from-prose: a table that declares no unit, whose figures the prose states with one', () => {
  const table = [
    '<p>一、2022年“三公”经费支出预算表</p>',
    '<table border="1">',
    '<tr><th>项目</th><th>预算数</th></tr>',
    '<tr><td>合计</td><td>12.6</td></tr>',
    '<tr><td>公务接待费</td><td>7.60</td></tr>',
    '<tr><td>公务用车购置及运行费</td><td>5.00</td></tr>',
    '</table>',
  ].join('\n')

  it('takes the unit the prose states two of its figures in (Traditional 萬元 included)', () => {
    const doc = parse(`${table}\n<p>2022年度“三公”經費支出預算為12.6萬元，公務接待費預算7.6萬元。</p>`).doc
    expect(doc.tables[0].unit).toBe('万元')
  })

  it('takes none when the prose states only one of them, or in two units', () => {
    expect(parse(`${table}\n<p>“三公”经费支出预算为12.6万元。</p>`).doc.tables[0].unit).toBeUndefined()
    expect(parse(`${table}\n<p>预算为12.6万元，公务接待费7.6元。</p>`).doc.tables[0].unit).toBeUndefined()
  })
})
