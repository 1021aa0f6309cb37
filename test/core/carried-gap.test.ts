import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A two-sided 收支总表 whose spending exceeds the year's income by what the year before carried over. */
const BALANCED = (carried: string, grand: string) => [
  '云杉县林业工作站2026年部门预算',
  '表1 部门收支总表',
  '单位：万元',
  '收入\t\t支出\t',
  '项目\t预算数\t项目\t预算数',
  '一、一般公共预算拨款收入\t120.00\t一、农林水支出\t118.00',
  '二、单位资金\t5.00\t二、住房保障支出\t9.50',
  '本年收入合计\t125.00\t本年支出合计\t127.50',
  `上年结转结余\t${carried}\t年终结转结余\t`,
  `收入总计\t${grand}\t支出总计\t127.50`,
].join('\n')

describe('rule carried-gap: why a year spends more than it takes in', () => {
  it('answers from the 收支总表: the two totals, their difference and the carry line that covers it, all cited', () => {
    const engine = engineWith([{ name: 'yunshan-lgz-2026.txt', bytes: enc(BALANCED('2.50', '127.50')) }])
    const r = engine.ask({ question: '云杉县林业工作站2026年支出为什么比收入多？' })
    expect(r.answer).toContain('127.50万元')
    expect(r.answer).toContain('125.00万元')
    expect(r.answer).toMatch(/多2\.50万元[\s\S]*上年结转结余2\.50万元/)
    expect(r.citations.map((c) => c.rowName)).toEqual(expect.arrayContaining(['本年收入合计', '本年支出合计', '上年结转结余']))
    expect(r.toolCalls.some((c) => c.toolName === 'compute')).toBe(true)
  })

  it('says the carry line does not match the gap instead of naming it the cause when the sums disagree', () => {
    const engine = engineWith([{ name: 'yunshan-lgz-2026.txt', bytes: enc(BALANCED('3.00', '128.00')) }])
    const r = engine.ask({ question: '云杉县林业工作站收支差额从哪来？' })
    expect(r.answer).toContain('多2.50万元')
    expect(r.answer).toContain('不相等')
    expect(r.answer).not.toContain('差额由')
  })
})
