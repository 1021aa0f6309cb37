import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

// Session 44 (blind97): a news item whose body says "今年市、区县两级财力…其中，市本级已累计安排下达30亿元" was held as
// 「今年市本级」's; a school's 政府采购决算公开情况说明 was held as 「…学院政府」's.
describe('words that are no part of a name', () => {
  it('never reads a time word before 市 as a place (今年市)', () => {
    const text = ['青禾地方财政收支实现双增长', '今年1月至6月，地方财政收入182.67亿元，同比增长19.34%。', '根据年初集中财力方案，今年市、区县两级财力100亿元已集中到位。其中，市本级已累计安排下达30亿元。'].join('\n')
    const doc = parseDocument('qinghe-news.txt', text).document
    expect(doc.org).not.toMatch(/今年/)
  })
  it('reads the 政府 of 政府采购 as the kind of the disclosure, not the end of the name', () => {
    const text = ['青禾科技职业学院', '政府采购决算公开情况说明', '现将2021年度青禾科技职业学院政府采购决算公开如下：', '2021年度政府采购支出总额2886.19万元，其中：政府采购货物支出489.56万元。'].join('\n')
    expect(parseDocument('qinghe-xy.txt', text.replace('青禾科技职业学院\n', '青禾科技职业学院')).document.org).toBe('青禾科技职业学院')
  })
  it('keeps a government whose name is followed by another word whole', () => {
    const text = ['青禾县人民政府2021年部门预算', '一、部门职责', '青禾县人民政府负责全县行政工作。', '二、收支预算', '2021年收入预算320.00万元。'].join('\n')
    expect(parseDocument('qinghe-zf.txt', text).document.org).toBe('青禾县人民政府')
  })
})
