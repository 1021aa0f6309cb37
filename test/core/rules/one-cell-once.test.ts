import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = [
  '某市某区某某街道办事处2025年部门预算', '', '表一', '2025年部门收支总表', '单位：万元',
  '收入项目\t预算数\t支出项目\t预算数',
  '一、一般公共预算拨款收入\t3,210.40\t一、一般公共服务支出\t3,000.00',
  '二、上年结转\t100.00\t二、城乡社区支出\t310.40',
  '收入总计\t3,310.40\t支出总计\t3,310.40',
].join('\n')

describe('rule one-cell-once: one cell named twice is one operand', () => {
  const engine = engineWith([{ name: 'street.txt', bytes: enc(doc) }])

  it('“部门预算里一共多少钱” names the budget twice (预算, 一共): the total, never the total added to itself', () => {
    const r = engine.ask({ question: '某某街道2025年部门预算里一共多少钱' })
    expect(r.answer).toContain('3,310.40万元')
    expect(r.answer).not.toContain('6,620.80')
  })
})
