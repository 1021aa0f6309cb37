import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { fiscalSummary, generalSpending, snippet } from './snippets.js'

/** 收入总表 with a 上年结转 column per code (made-up figures). */
const income = (rows: string[][]) => [
  '表三', '', '收入总表', '', '单位：万元', '',
  '科目编码\t科目名称\t合计\t上年结转\t一般公共预算拨款收入', ...rows.map((r) => r.join('\t')),
].join('\n')

const FISCAL = fiscalSummary('90.00', '10.00', [['社会保障和就业支出', '30.00'], ['卫生健康支出', '70.00']], '100.00')
const INCOME = income([['', '合计', '100.00', '10.00', '90.00'], ['208', '社会保障和就业支出', '30.00', '0.00', '30.00'], ['210', '卫生健康支出', '70.00', '10.00', '60.00']])
const crossTable = (tables: string[]) => checkDocument(snippet([], tables)).filter((f) => f.kind === 'cross-table').map((f) => f.message)

describe('a 一般公共预算支出表 of this year’s allocation beside tables with the carry-over', () => {
  it('is no cross-table error when it falls short by exactly the subject’s 上年结转', () => {
    const thisYear = generalSpending([['合计', '', '90.00', '60.00', '30.00'], ['208', '社会保障和就业支出', '30.00', '30.00', ''], ['210', '卫生健康支出', '60.00', '30.00', '30.00']])
    expect(crossTable([FISCAL, INCOME, thisYear])).toEqual([])
  })

  it('is still an error when the gap is not the carry-over', () => {
    const wrong = generalSpending([['合计', '', '88.00', '60.00', '28.00'], ['208', '社会保障和就业支出', '30.00', '30.00', ''], ['210', '卫生健康支出', '58.00', '30.00', '28.00']])
    expect(crossTable([FISCAL, INCOME, wrong]).join('\n')).toMatch(/88\.00万元/)
  })
})
