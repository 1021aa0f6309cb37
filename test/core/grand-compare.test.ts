import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = (org: string, income: string, carried: string, grand: string) => [
  `${org}2024年部门预算`, '表1 部门收支总表', '单位：万元', '收入\t\t支出\t', '项目\t预算数\t项目\t预算数',
  `一、一般公共预算拨款收入\t${income}\t一、教育支出\t${grand}`, `本年收入合计\t${income}\t本年支出合计\t${grand}`,
  `上年结转结余\t${carried}\t年终结转结余\t`, `收入总计\t${grand}\t支出总计\t${grand}`,
].join('\n')

describe('收入总计 compared across organisations', () => {
  const engine = engineWith([
    { name: 'a.txt', bytes: enc(doc('青禾县第一中学', '500.00', '20.00', '520.00')) },
    { name: 'b.txt', bytes: enc(doc('青禾县第二中学', '300.00', '5.00', '305.00')) },
  ])

  it('compares each 收支总表\'s 总计 line, carry-overs included, not its 本年收入合计', () => {
    const r = engine.ask({ question: '青禾县第一中学和青禾县第二中学的收入总计分别是多少？' })
    expect(r.answer).toContain('520.00万元')
    expect(r.answer).toContain('305.00万元')
    expect(r.answer).not.toContain('500.00万元')
    expect(r.answer).toContain('收入总计')
  })
  it('sums a subject across the organisations named when the question asks 加起来, each figure cited', () => {
    const r = engine.ask({ question: '青禾县第一中学和青禾县第二中学的教育支出加起来多少？' })
    expect(r.answer).toContain('825.00万元')
    expect(r.toolCalls.some((c) => c.toolName === 'compute')).toBe(true)
    expect(r.citations.length).toBeGreaterThanOrEqual(2)
  })
})
