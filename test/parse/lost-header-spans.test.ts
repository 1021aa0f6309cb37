import { describe, expect, it } from 'vitest'
import { respanLostHeader } from '../../server/core/parse/lost-header-spans.js'
import { cellAmount, parseSnippet } from './helpers.js'

/** A 三公 table copied from a web page that lost its colspan/rowspan: 4 labels, then 3, over 6 figures. */
const threePublic = (figures: string[]) => [
  '<p>二、2023年“三公”经费支出预算表</p>',
  '<p>单位:万元</p>',
  '<table>',
  '<tr><td>“三公”经费合计</td><td>因公出国(境)费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>',
  '<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>',
  `<tr>${figures.map((f) => `<td>${f}</td>`).join('')}</tr>`,
  '</table>',
].join('\n')

const TITLE = '某某县水利局2023年“三公”经费预算情况'
const columnsOf = (figures: string[]) => parseSnippet(threePublic(figures), TITLE).document.tables[0]

describe('rule lost-header-spans', () => {
  it('puts the group over its children where the figures add up', () => {
    const t = columnsOf(['30', '2', '20', '12', '8', '8'])
    expect(t.columns.map((c) => c.label)).toEqual([
      '“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费 › 小计', '公务用车购置及运行费 › 公务用车购置费', '公务用车购置及运行费 › 公务用车运行费', '公务接待费',
    ])
    expect(cellAmount(t, t.rows[0], /公务用车运行费/)?.fen).toBe(8_000_000)
    expect(t.columns.some((c) => c.candidates)).toBe(false)
  })

  it('leaves the columns unlabelled, with their candidate labels, when two layouts add up', () => {
    // group over 因公出国(境)费 and group over 公务用车购置及运行费 both add up: 3 = 3 + 0 and 3 = 0 + 3, 7 = 3 + 3 + 1
    const t = columnsOf(['7', '3', '3', '0', '3', '1'])
    expect(t.columns.map((c) => c.label)).toEqual(['“三公”经费合计', '第2列', '第3列', '第4列', '第5列', '公务接待费'])
    expect(t.columns[4].candidates?.sort()).toEqual(['公务用车购置及运行费', '公务用车购置及运行费 › 公务用车运行费'])
    expect(cellAmount(t, t.rows[0], /运行费/)).toBeUndefined()
  })

  it('leaves a header alone that keeps its spans or labels every column', () => {
    expect(respanLostHeader([['项目', '预算数', '预算数'], ['', '基本支出', '项目支出']], [['合计', '5', '5']])).toBeUndefined()
    expect(respanLostHeader([['合计', '出国', '接待'], ['小计', 'a', 'b']], [['1', '1', '0']])).toBeUndefined()
  })

  it('reads a name column among the labels and checks the group total on every row', () => {
    const header = [['项目', '2023年预算数'], ['合计', '基本支出', '项目支出']]
    const r = respanLostHeader(header, [['社会保障和就业支出', '10', '6', '4'], ['行政运行', '6', '6', '0']])
    expect(r?.rows).toEqual([['项目', '2023年预算数', '2023年预算数', '2023年预算数'], ['', '合计', '基本支出', '项目支出']])
    expect(r?.uncertain.size).toBe(0)
  })
})
