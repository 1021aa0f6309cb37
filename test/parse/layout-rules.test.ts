import { describe, expect, it } from 'vitest'
import { formatFen, parseAmount, toFen } from '../../server/core/parse/amount.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { cleanLine } from '../../server/core/parse/source-lines.js'
import { cell, parseSnippet, rowByCode, rowByName } from './helpers.js'

const tableOf = (body: string) => {
  const { document, errors } = parseSnippet(body)
  return { t: document.tables[0], doc: document, errors }
}

describe('amounts', () => {
  it.each([
    ['41,944,713.02', '元', 4_194_471_302],
    ['1,073.24', '万元', 1_073_240_000],
    ['575.01', '万元', 575_010_000],
    ['0.20', '万元', 200_000],
    ['2,039', '万元', 2_039_000_000],
    ['20,390,000', '元', 2_039_000_000],
    ['１，０７３．２４', '万元', 1_073_240_000],
  ])('%s %s is exactly %i fen', (text, unit, fen) => {
    expect(parseAmount(text, unit)?.fen).toBe(fen)
  })

  it('keeps percentages and refuses sub-fen precision instead of rounding', () => {
    expect(parseAmount('-17%', '元')).toEqual({ text: '-17%', value: '-17', unit: '%' })
    expect(toFen('0.001', '元')).toBeUndefined()
    expect(parseAmount('2025年', '元')).toBeUndefined()
  })

  it('formats fen in either unit without float drift', () => {
    expect(formatFen(4_194_471_302, '元')).toBe('41,944,713.02')
    expect(formatFen(2_039_000_000, '万元')).toBe('2,039.00')
    expect(formatFen(57_334_320, '万元')).toBe('57.33')
  })
})

describe('line cleaning', () => {
  it.each([
    ['<b>2024年某局政府性基金预算支出表</b>', '2024年某局政府性基金预算支出表'],
    ['#### **四、“三公”经费情况说明**', '四、“三公”经费情况说明'],
    ['[bookmark: _GoBack]5. 参保科。', '5. 参保科。'],
    ['<p>1.第一条</p> <p>2.第二条</p>', '1.第一条 2.第二条'],
  ])('%s → %s', (raw, clean) => expect(cleanLine(raw)).toBe(clean))
})

describe('tables', () => {
  it('reads a markdown pipe table with codes split into 类/款/项 columns', () => {
    const { t } = tableOf([
      '表二', '某局一般公共预算财政拨款支出预算表', '单位：万元',
      '| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| | | | 合计 | 300.00 | 200.00 | 100.00 |',
      '| 204 | | | 公共安全支出 | 300.00 | 200.00 | 100.00 |',
      '| 204 | 06 | | 司法 | 300.00 | 200.00 | 100.00 |',
      '| 204 | 06 | 01 | 行政运行 | 200.00 | 200.00 | |',
      '| 204 | 06 | 02 | 一般行政管理事务 | 100.00 | | 100.00 |',
    ].join('\n'))
    expect(t).toMatchObject({ number: '表二', unit: '万元', kind: 'general-spending' })
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '204', '20406', '2040601', '2040602'])
    const r = rowByCode(t, '2040601')
    expect(r).toMatchObject({ name: '行政运行', level: 3 })
    expect(t.rows[r.parent!].code).toBe('20406')
    expect(cell(t, r, /项目支出/)).toBe('')
    expect(cell(t, rowByCode(t, '2040602'), /项目支出/)).toBe('100.00')
  })

  it('flattens a two-level header into column paths and keeps a growth column', () => {
    const { t } = tableOf([
      '某局支出预算表', '单位：元',
      '科目编码\t科目名称\t2024年预算数\t2025年预算数\t\t\t增幅%',
      '\t\t\t小计\t基本支出\t项目支出\t',
      '201\t一般公共服务支出\t1,000.00\t1,100.00\t1,100.00\t\t10%',
    ].join('\n'))
    expect(t.columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '科目编码:code', '科目名称:name', '2024年预算数:prior', '2025年预算数 › 小计:total', '2025年预算数 › 基本支出:basic', '2025年预算数 › 项目支出:project', '增幅%:growth',
    ])
    expect(t.rows[0].cells.map((c) => c.amount?.value ?? '')).toEqual(['1000.00', '1100.00', '1100.00', '', '10'])
  })

  it('places figures that lost their empty cells so the children add up to the parent', () => {
    const { t } = tableOf([
      '附件3', '某中心一般公共预算财政拨款支出预算表', '单位：万元',
      '科目编码 科目名称 合计 基本支出 项目支出',
      '100.00 60.00 40.00',
      '210 卫生健康支出 100.00 60.00 40.00',
      '21015  医疗保障管理事务 100.00 60.00 40.00',
      '2101501   行政运行 60.00 60.00',
      '2101502   一般行政管理事务 40.00 40.00',
    ].join('\n'))
    expect(t.rows[0]).toMatchObject({ name: '合计', isTotal: true })
    expect(cell(t, rowByCode(t, '2101501'), /基本支出/)).toBe('60.00')
    expect(cell(t, rowByCode(t, '2101502'), /基本支出/)).toBe('')
    expect(cell(t, rowByCode(t, '2101502'), /项目支出/)).toBe('40.00')
  })

  it('joins header cells wrapped over several lines in a flattened table', () => {
    const { t } = tableOf([
      '某中心财政拨款收支总表', '单位：万元',
      '收入 支出', '项目 预算数 项目 合计', '一般公共预算财政', '拨款', '政府性基金预算财', '政拨款',
      '一、本年收入 50.00 一、本年支出 50.00 50.00',
      '二、上年结转 二、结转下年',
    ].join('\n'))
    expect(t.columns.map((c) => `${c.side}:${c.label}`)).toEqual(['income:项目', 'income:预算数', 'spending:项目', 'spending:合计', 'spending:一般公共预算财政拨款', 'spending:政府性基金预算财政拨款'])
    expect(cell(t, rowByName(t, '一、本年支出', 'spending'), /一般公共预算/)).toBe('50.00')
    expect(rowByName(t, '二、结转下年', 'spending')).toBeTruthy()
  })

  it('keeps a table that says it has no data', () => {
    const { t } = tableOf(['某局政府性基金预算支出表', '单位：万元', '科目编码\t科目名称\t合计', '合计\t\t', '备注：本单位无政府性基金收支，故此表无数据。'].join('\n'))
    expect(t.noData).toBe(true)
    expect(t.notes).toEqual(['备注：本单位无政府性基金收支，故此表无数据。'])
  })

  it('reads a performance table whose columns are out of header order by the shape of each cell', () => {
    const { t } = tableOf([
      '2025年一般性项目绩效目标表', '单位：万元',
      '项目名称\t宣传经费\t\t主管部门\t某局', '当年预算\t12.50',
      '绩效指标\t指标名称\t指标权重\t计量单位\t指标性质\t指标值',
      '\t参保人数\t40\t≥\t22\t万人',
      '\t满意度\t20\t%\t≥\t90',
      '\t服务质量\t10\t\t定性\t明显提高',
    ].join('\n'))
    expect(t.fields.map((f) => [f.key, f.value])).toEqual([['项目名称', '宣传经费'], ['主管部门', '某局'], ['当年预算', '12.50']])
    expect(t.rows.map((r) => r.indicator)).toEqual([
      { name: '参保人数', weight: '40', operator: '≥', target: '22', unit: '万人' },
      { name: '满意度', weight: '20', unit: '%', operator: '≥', target: '90' },
      { name: '服务质量', weight: '10', operator: '定性', target: '明显提高' },
    ])
  })
})

describe('prose', () => {
  it('nests headings by marker and joins a sentence broken over blank lines', () => {
    const { document: doc } = parseSnippet(['一、基本情况', '（一）职能职责', '1.负责全区医疗保障经办工作，按时足额拨付医疗保险', '', '基金。', '二、收支情况'].join('\n'))
    expect(doc.sections.map((s) => [s.level, s.title])).toEqual([[1, '一、基本情况'], [2, '（一）职能职责'], [1, '二、收支情况']])
    const p = doc.paragraphs.find((x) => x.text.startsWith('1.'))!
    expect(p.text).toBe('1.负责全区医疗保障经办工作，按时足额拨付医疗保险基金。')
    expect(p.lines).toEqual([5, 7])
    expect(p.section).toBe(doc.sections[1].id)
  })
})

describe('document metadata', () => {
  it.each([
    ['重庆市某区财政局关于2024年部门预算公开的说明', { org: '重庆市某区财政局', region: '某区', year: 2024, scope: '部门预算' }],
    ['2024年成都市武侯区卫生健康局部门预算情况说明', { org: '成都市武侯区卫生健康局', city: '成都市', region: '武侯区', year: 2024 }],
    ['北京市朝阳区教育委员会2025年度单位预算', { org: '北京市朝阳区教育委员会', region: '朝阳区', year: 2025, scope: '单位预算' }],
  ])('%s', (title, meta) => {
    expect(parseDocument('t.txt', `${title}\n一、基本情况\n正文。`).document).toMatchObject(meta)
  })
})

describe('captions', () => {
  it('splits a table number printed on the title line', () => {
    const { t } = tableOf(['表3 2025年部门支出总表', '单位：万元', '| 科目编码 | 科目名称 | 合计 |', '|---|---|---|', '| 201 | 一般公共服务支出 | 1,200.00 |'].join('\n'))
    expect(t).toMatchObject({ number: '表3', title: '2025年部门支出总表', kind: 'spending', unit: '万元' })
    expect(t.rows[0].cells[0].amount?.fen).toBe(1_200_000_000)
  })
})

describe('aligned plain-text tables (runs of spaces)', () => {
  /** Lay a row out as pdftotext -layout does: fixed display columns, CJK two cells wide, figures right-aligned. */
  const width = (t: string) => [...t].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0)
  const padEnd = (t: string, n: number) => t + ' '.repeat(Math.max(1, n - width(t)))
  const layout = (code: string, name: string, ...figures: string[]) =>
    padEnd(code, 10) + padEnd(name, 24) + figures.map((f) => f.padStart(14)).join('')

  it('places figures by their column position when the layout keeps alignment', () => {
    const { t } = tableOf([
      '附表1-2', '某局一般公共预算财政拨款基本支出预算表', '单位：元',
      padEnd('科目编码', 10) + padEnd('科目名称', 24) + '          合计      人员经费      公用经费',
      layout('', '合计', '3000.00', '2000.00', '1000.00'),
      layout('301', '工资福利支出', '2000.00', '2000.00', ''),
      layout('30101', '  基本工资', '1500.00', '1500.00', ''),
      layout('30102', '  津贴补贴', '500.00', '500.00', ''),
      layout('302', '商品和服务支出', '1000.00', '', '1000.00'),
      layout('30201', '  办公费', '600.00', '', '600.00'),
      layout('30205', '  水费', '400.00', '', '400.00'),
    ].join('\n'))
    expect(cell(t, rowByCode(t, '30201'), /公用经费/)).toBe('600.00')
    expect(cell(t, rowByCode(t, '30201'), /人员经费/)).toBe('')
    expect(rowByCode(t, '30201').cells.some((c) => c.inferred)).toBe(false)
    expect(cell(t, rowByCode(t, '30101'), /人员经费/)).toBe('1500.00')
  })
})
