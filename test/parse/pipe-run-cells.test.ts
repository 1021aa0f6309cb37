import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { regroupCellLines } from '../../server/core/parse/cell-lines.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/** Made-up pages: a web table saved one cell a line, with lines of nothing but pipes among the cells. */
const parse = (lines: string[]) => {
  const text = lines.join('\n')
  const { document } = parseDocument('p.txt', text)
  expect(accountLines(document, text)).toEqual({ missing: [], twice: [] })
  return document
}
const columnsOf = (d: ReturnType<typeof parse>, t = 0) => d.tables[t].columns.map((c) => c.label)
const rowsOf = (d: ReturnType<typeof parse>, t = 0) => d.tables[t].rows.map((r) => [r.name, ...r.cells.map((c) => c.text)])

describe('rule pipe-run-cells: a line of pipes holds that many empty cells', () => {
  it('reads captions, a two-row header packed to the left and rows closed by a lone pipe', () => {
    const d = parse([
      '青禾县实验小学2022年度“三公”经费支出决算说明',
      '一、2022年度财政拨款“三公”经费支出决算表',
      '|', '|', '|', '|', '|', '||',
      '编制单位:青禾县实验小学 |', '单位:万元 |', '||||||',
      '项目 |', '预算数 |', '决算数 |', '|||||',
      '合计 |', '一般公共预算财政拨款 |', '政府性基金预算财政拨款 |', '合计 |', '一般公共预算财政拨款 |', '政府性基金预算财政拨款 |', '||',
      '因公出国(境)费 |', '1.20 |', '1.20 |', '0.00 |', '0.60 |', '0.60 |', '0.00 |', '|',
      '公务接待费 |', '6.30 |', '6.30 |', '0.00 |', '5.10 |', '5.10 |', '0.00 |', '|',
      '公务用车购置及运行维护费 |', '9.00 |', '9.00 |', '0.00 |', '8.40 |', '8.40 |', '0.00 |', '|',
      '总计 |', '16.50 |', '16.50 |', '0.00 |', '14.10 |', '14.10 |', '0.00 |',
      '二、2022年度财政拨款“三公”经费支出决算情况说明',
      '2022年度“三公”经费支出决算14.10万元,完成年初预算的85.5%。',
    ])
    expect(d.tables).toHaveLength(1)
    expect(d.tables[0].kind).toBe('three-public')
    expect(columnsOf(d)).toEqual([
      '项目', '预算数 › 合计', '预算数 › 一般公共预算财政拨款', '预算数 › 政府性基金预算财政拨款',
      '决算数 › 合计', '决算数 › 一般公共预算财政拨款', '决算数 › 政府性基金预算财政拨款',
    ])
    expect(rowsOf(d)).toEqual([
      ['因公出国(境)费', '1.20', '1.20', '0.00', '0.60', '0.60', '0.00'],
      ['公务接待费', '6.30', '6.30', '0.00', '5.10', '5.10', '0.00'],
      ['公务用车购置及运行维护费', '9.00', '9.00', '0.00', '8.40', '8.40', '0.00'],
      ['总计', '16.50', '16.50', '0.00', '14.10', '14.10', '0.00'],
    ])
    expect(d.tables[0].unit).toBe('万元')
  })

  it('reads a row of figures alone under a group header, its last cell left blank', () => {
    const d = parse([
      '东岭县林业站2024年一般公共预算“三公”经费预算',
      '一、2024年一般公共预算“三公”经费支出预算表',
      '单位:万元',
      '“三公”经费合计 |', '因公出国(境)费 |', '公务接待费 |', '公务用车购置及运行费 |', '||',
      '小计 |', '公务用车运行费 |', '公务用车购置费 |', '|||',
      '7.4 |', '0 |', '2.2 |', '5.2 |', '5.2 |', '|',
      '二、2024年一般公共预算“三公”经费支出预算情况说明',
      '东岭县林业站2024年一般公共预算“三公”经费支出预算为7.4万元。',
    ])
    expect(columnsOf(d)).toEqual([
      '“三公”经费合计', '因公出国(境)费', '公务接待费',
      '公务用车购置及运行费 › 小计', '公务用车购置及运行费 › 公务用车运行费', '公务用车购置及运行费 › 公务用车购置费',
    ])
    expect(d.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([['7.4', '0', '2.2', '5.2', '5.2', '']])
  })

  it('reads a lone pipe as an empty cell when that gives rows of a label and figures, under caption rows', () => {
    const d = parse([
      '附表:南川市文旅局2019年“三公”经费预算表',
      '南川市文旅局2019年“三公”经费财政拨款预算表 |', '||', '|', '|', '单位:万元 |',
      '项 目 |', '2018年预算数 |', '2019年预算数 |',
      '合计 |', '24.5 |', '23 |',
      '1、因公出国(境)费 |', '|', '|',
      '2、公务接待费 |', '12 |', '11 |',
      '3、公务用车购置及运行费 |', '12.5 |', '12 |',
      '其中:(1)公务用车购置费 |', '|', '|',
      '(2)公务用车运行费 |', '12.5 |', '12 |',
      '附件:“三公”经费口径说明',
    ])
    expect(columnsOf(d)).toEqual(['项目', '2018年预算数', '2019年预算数'])
    expect(rowsOf(d)).toEqual([
      ['合计', '24.5', '23'], ['1、因公出国(境)费', '', ''], ['2、公务接待费', '12', '11'], ['3、公务用车购置及运行费', '12.5', '12'],
      ['其中:(1)公务用车购置费', '', ''], ['(2)公务用车运行费', '12.5', '12'],
    ])
    expect(d.tables[0].captionLines).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('leaves words and pipes alone that fall into no regular rows', () => {
    expect(regroupCellLines(toSourceLines(['说明文字 |', '||', '更多文字 |', '|||', '还有文字 |', '8.00 |', '|'].join('\n')))).toBeUndefined()
  })
})

describe('rule pipe-cell-lines: a second pipe where a cell should stand is an empty cell', () => {
  it('keeps the empty cells of a table saved one cell a line with each pipe on its own line', () => {
    const d = parse([
      '一、2021年一般公共预算“三公”经费支出预算表', '单位:万元',
      '项 目', '|', '预 算 数', '|', '合 计', '|', '1.25', '|',
      '因公出国(境)费', '|', '|', '公务接待费', '|', '1.25', '|',
      '公务用车购置及运行费', '|', '|', '其中:公务用车运行费', '|', '|', '公务用车购置费', '|', '|',
      '二、2021年“三公”经费支出预算情况说明',
      '西坪镇2021年一般公共预算“三公”经费支出预算为1.25万元。',
    ])
    expect(columnsOf(d)).toEqual(['项目', '预算数'])
    expect(rowsOf(d)).toEqual([
      ['合计', '1.25'], ['因公出国(境)费', ''], ['公务接待费', '1.25'], ['公务用车购置及运行费', ''],
      ['其中:公务用车运行费', ''], ['公务用车购置费', ''],
    ])
  })
})
