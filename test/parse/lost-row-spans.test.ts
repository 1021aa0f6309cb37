import { describe, expect, it } from 'vitest'
import { realignShiftedRows } from '../../server/core/parse/lost-row-spans.js'
import { parseSnippet, rowByName, cellAmount } from './helpers.js'

describe('rule lost-row-spans: a header row that lost the row span of the cell before it', () => {
  it('moves 项目 | 预算数 | 项目 | 预算数 right under 序号 | 收入 | 支出 when the figures say so', () => {
    const head = [['序号', '收入', '支出', '', ''], ['项 目', '预算数', '项 目', '预算数', '']]
    const data = [['1', '一、一般公共预算拨款收入', '312.40', '一、农林水支出', '300.00'], ['2', '二、单位资金', '', '二、住房保障支出', '12.40'], ['3', '收入总计', '312.40', '支出总计', '312.40']]
    expect(realignShiftedRows(head, data, 5)[1]).toEqual(['', '项 目', '预算数', '项 目', '预算数'])
  })

  it('leaves a header alone when its labels already sit over their figures', () => {
    const head = [['项目', '收入', '', '支出', ''], ['', '项目', '预算数', '项目', '预算数']]
    const data = [['', '一、一般公共预算拨款收入', '312.40', '一、农林水支出', '312.40']]
    expect(realignShiftedRows(head, data, 5)).toEqual(head)
  })

  it('does not move a row when nothing above it could have spanned down over the cell it would leave', () => {
    const head = [['', '合计', ''], ['科目名称', '合计', '']]
    const data = [['行政运行', '8.00', '7.00']]
    expect(realignShiftedRows(head, data, 3)).toEqual(head)
  })

  it('reads a two-sided 收支 table copied that way with each side and its figures', () => {
    const body = ['某某镇农业服务中心2026年部门预算公开表', '单位：万元',
      '序号\t收入\t支出\t\t', '项 目\t预算数\t项 目\t预算数\t', '栏次\t1\t2\t3\t4',
      '1\t一、一般公共预算拨款收入\t212.30\t一、一般公共服务支出\t180.00',
      '2\t二、政府性基金预算拨款收入\t\t二、农林水支出\t40.10',
      '3\t本年收入合计\t212.30\t本年支出合计\t220.10',
      '4\t上年结转结余\t7.80\t年终结转结余\t',
      '5\t收入总计\t220.10\t支出总计\t220.10'].join('\n')
    const { document: doc } = parseSnippet(body, '某某镇农业服务中心2026年部门预算')
    const t = doc.tables[0]
    expect(t.columns.map((c) => `${c.role}:${c.side}`)).toEqual(['text:income', 'name:income', 'total:income', 'name:spending', 'total:spending'])
    expect(cellAmount(t, rowByName(t, '农林水支出', 'spending') ?? rowByName(t, '二、农林水支出', 'spending'), /预算数/)?.value).toBe('40.10')
    expect(cellAmount(t, rowByName(t, '上年结转结余', 'income'), /预算数/)?.value).toBe('7.80')
    expect(cellAmount(t, rowByName(t, '本年支出合计', 'spending'), /预算数/)?.value).toBe('220.10')
  })
})

describe('rule lost-row-spans: the labels of a group that lost the spans of the cells before it', () => {
  it('puts 增、减金额 | 增、减幅度 under 比上年增、减情况 at the end, not after the first cell', () => {
    const head = [['项目', '2023年预算数', '2024年预算数', '比上年增、减情况', ''], ['增、减金额', '增、减幅度', '', '', '']]
    const data = [['合计', '18.00', '22.00', '4', '22%'], ['1.公务接待费', '3', '7', '4', '133%'], ['2.公务用车运行费', '15.00', '15.00', '0', '0']]
    expect(realignShiftedRows(head, data, 5)[1]).toEqual(['', '', '', '增、减金额', '增、减幅度'])
  })
})
