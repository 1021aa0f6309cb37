import { describe, expect, it } from 'vitest'
import { regroupCellLines } from '../../server/core/parse/cell-lines.js'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

const PAGE = [
  '某开发区管委会2021年部门“三公”经费预算', '一、2021年“三公”经费支出预算表', '单位:万元',
  '项 目 |', '预 算 数 |', '上 年 数 |', '合 计 |', '30.00 |', '32.00 |', '因公出国(境)费 |', '0 |', '0 |', '公务接待费 |', '10.00 |', '12.00 |',
  '公务用车购置及运行费 |', '20.00 |', '20.00 |', '其中:公务用车运行费 |', '15.00 |', '20.00 |', '公务用车购置费 |', '5.00 |', '0 |',
  '二、2021年“三公”经费支出预算情况说明', '2021年“三公”经费支出预算为30.00万元。',
].join('\n')

describe('a table flattened one cell a line, each closed by a pipe', () => {
  it('finds the row width from the rhythm of labels and figures', () => {
    const r = regroupCellLines(toSourceLines(PAGE).slice(3, 24))!
    expect(r.rows.map((x) => x.text)).toEqual([
      '项 目\t预 算 数\t上 年 数', '合 计\t30.00\t32.00', '因公出国(境)费\t0\t0', '公务接待费\t10.00\t12.00',
      '公务用车购置及运行费\t20.00\t20.00', '其中:公务用车运行费\t15.00\t20.00', '公务用车购置费\t5.00\t0',
    ])
    expect(r.spans.get(4)).toBe(6)
  })

  it('parses into rows over all their lines, the parts under their whole, and the prose after it as prose', () => {
    const { document: d } = parseDocument('p.txt', PAGE)
    const t = d.tables[0]
    expect(t.rows.map((r) => [r.name, r.lines, r.level])).toEqual([
      ['合计', [7, 9], 0], ['因公出国(境)费', [10, 12], 1], ['公务接待费', [13, 15], 1], ['公务用车购置及运行费', [16, 18], 1],
      ['其中:公务用车运行费', [19, 21], 2], ['公务用车购置费', [22, 24], 2],
    ])
    const whole = t.rows.find((r) => r.name === '公务用车购置及运行费')!
    expect(t.rows.filter((r) => r.parent === whole.index).map((r) => r.name)).toEqual(['其中:公务用车运行费', '公务用车购置费'])
    expect(d.paragraphs.map((p) => p.text)).toContain('2021年“三公”经费支出预算为30.00万元。')
    expect(accountLines(d, PAGE)).toEqual({ missing: [], twice: [] })
  })

  it('reads a lone pipe as an empty cell (a column left blank)', () => {
    const lines = toSourceLines(['项 目 |', '预 算 数 |', '上年执行数 |', '合 计 |', '8.00 |', '|', '公务接待费 |', '8.00 |', ' |'].join('\n'))
    expect(regroupCellLines(lines)!.rows.map((x) => x.text)).toEqual(['项 目\t预 算 数\t上年执行数', '合 计\t8.00\t', '公务接待费\t8.00\t'])
  })

  it('leaves lines alone that are not such a table', () => {
    expect(regroupCellLines(toSourceLines('合计 |\n说明文字 |\n更多文字 |\n还有文字 |'))).toBeUndefined()
  })
})
