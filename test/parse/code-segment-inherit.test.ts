import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'

/** Session 21 (rule code-segment-inherit): 类/款/项 in columns of their own, each printed once for the rows under it. */
const parse = (lines: string[]) => {
  const text = lines.join('\n')
  const { document } = parseDocument('p.html', text)
  expect(accountLines(document, text)).toEqual({ missing: [], twice: [] })
  return document.tables[0].rows.map((r) => [r.code ?? '', r.name])
}

describe('rule code-segment-inherit', () => {
  it('an HTML table whose 类 and 款 cells are merged down their rows', () => {
    expect(parse([
      '柳岸县文体中心2025年部门预算',
      '表5 2025年一般公共预算支出表',
      '单位：元',
      '<table>',
      '<tr><th colspan="3">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th></tr>',
      '<tr><th>类</th><th>款</th><th>项</th></tr>',
      '<tr><td colspan="3"></td><td>合计</td><td>1,500.00</td></tr>',
      '<tr><td rowspan="4">207</td><td></td><td></td><td>文化旅游体育与传媒支出</td><td>1,000.00</td></tr>',
      '<tr><td rowspan="3">03</td><td></td><td>体育</td><td>1,000.00</td></tr>',
      '<tr><td>01</td><td>行政运行</td><td>600.00</td></tr>',
      '<tr><td>06</td><td>体育训练</td><td>400.00</td></tr>',
      '<tr><td>208</td><td>05</td><td>05</td><td>机关事业单位基本养老保险缴费支出</td><td>500.00</td></tr>',
      '</table>',
    ])).toEqual([
      ['', '合计'], ['207', '文化旅游体育与传媒支出'], ['20703', '体育'], ['2070301', '行政运行'], ['2070306', '体育训练'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ])
  })
  it('a tabbed table printing each segment once, blank below it; a row with no segment keeps none', () => {
    expect(parse([
      '表3 一般公共预算支出表',
      '单位：万元',
      '类\t款\t项\t科目名称\t合计',
      '213\t\t\t农林水支出\t90.00',
      '\t01\t\t农业农村\t90.00',
      '\t\t04\t事业运行\t90.00',
      '\t\t\t合计\t90.00',
    ])).toEqual([['213', '农林水支出'], ['21301', '农业农村'], ['2130104', '事业运行'], ['', '合计']])
  })
})
