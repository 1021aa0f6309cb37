import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 43: a row's 财政拨款 money asked of a document with no tables, whose prose lists the row twice: once among
 * every fund's spending, once in the passage on 财政拨款 (rule fiscal-part, its prose reading; 财政拨款 said before
 * the row, rule fund-qualifier). Made-up school.
 */
const DOC = [
  '栖川县职业中专2017年部门预算', '',
  '（一）关于栖川县职业中专2017年收支预算情况的总体说明',
  '栖川县职业中专2017年收支总预算1500.00万元。',
  '（二）关于栖川县职业中专2017年支出预算情况说明',
  '1、按支出功能分类,包括教育支出1300.00万元、住房保障支出200.00万元。',
  '（三）关于栖川县职业中专2017年财政拨款收支预算情况的总体说明',
  '栖川县职业中专2017年财政拨款收支总预算1100.00万元。包括:一般公共预算拨款收入1100.00万元;支出包括:教育支出950.00万元、住房保障支出150.00万元。',
].join('\n')

describe('a row\'s 财政拨款 money stated in prose only (rule fiscal-part)', () => {
  const engine = engineWith([{ name: 'qichuan-zyzz-2017-bmys.txt', bytes: new TextEncoder().encode(DOC) }])

  it('reads the 财政拨款 passage\'s figure when 财政拨款 is said before the row', () => {
    const a = engine.ask({ question: '栖川县职业中专财政拨款安排的教育支出是多少' }).answer
    expect(a).toContain('950.00万元')
    expect(a).not.toContain('1300.00万元')
  })

  it('…and after it', () => {
    const a = engine.ask({ question: '栖川县职业中专教育支出中财政拨款多少' }).answer
    expect(a).toContain('950.00万元')
    expect(a).not.toContain('1300.00万元')
  })

  it('still reads every fund\'s figure when no fund is said', () => {
    expect(engine.ask({ question: '栖川县职业中专教育支出是多少' }).answer).toContain('1300.00万元')
  })
})
