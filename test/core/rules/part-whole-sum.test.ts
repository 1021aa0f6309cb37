import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = [
  '澄江市青枫区卫生健康局2026年部门预算', '', '表三', '部门支出总表', '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '2100201\t综合医院\t2,410.50\t2,010.50\t400.00',
  '2100408\t基本公共卫生服务\t860.00\t\t860.00',
  '\t合计\t3,270.50\t2,010.50\t1,260.00',
].join('\n')

describe('rule part-whole-sum: a whole named beside its part is not added to it', () => {
  const engine = engineWith([{ name: 'health.txt', bytes: enc(doc) }])

  it('“综合医院支出预算一共多少”: the part, never part + total', () => {
    const r = engine.ask({ question: '青枫区卫生健康局2026年2100201综合医院支出预算一共多少？' })
    expect(r.answer).toContain('2,410.50万元')
    expect(r.answer).not.toContain('5,681.00')
  })

  it('two parts are still added', () => {
    const r = engine.ask({ question: '青枫区卫生健康局2026年综合医院和基本公共卫生服务一共多少？' })
    expect(r.answer).toContain('3,270.50万元')
  })
})

describe('rule part-whole-sum leaves a whole asked in a clause of its own', () => {
  const engine = engineWith([{ name: 'health.txt', bytes: enc(doc) }])
  it('“支出预算一共多少？综合医院多少？”: each figure, never the two added', () => {
    const r = engine.ask({ question: '青枫区卫生健康局2026年支出预算一共多少？综合医院多少？' })
    expect(r.answer).toContain('3,270.50万元')
    expect(r.answer).toContain('2,410.50万元')
    expect(r.answer).not.toContain('5,681.00')
  })
})
