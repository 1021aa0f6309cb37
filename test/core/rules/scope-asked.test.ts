import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = (kind: string, total: string) => [
  `某县某某街道办事处2025年${kind}`, '', '表一', `2025年${kind === '部门预算' ? '部门' : '单位'}收支总表`, '单位：万元',
  '项目\t预算数', '一、一般公共预算拨款收入\t' + total, '收入总计\t' + total,
].join('\n')

describe('rule scope-asked: a 部门预算 and a 单位预算 of one organisation and year', () => {
  const engine = engineWith([
    { name: 'street-dept.txt', bytes: enc(doc('部门预算', '2,600.00')) },
    { name: 'street-unit.txt', bytes: enc(doc('单位预算', '2,300.00')) },
  ])

  it('reads the kind of document the question names', () => {
    const unit = engine.ask({ question: '某某街道办事处2025年单位预算收入总计是多少？' })
    expect(unit.answer).toContain('2,300.00万元')
    expect(unit.answer).toContain('单位预算')
    expect(unit.answer).not.toContain('2,600.00')
    expect(unit.citations.every((c) => c.docId === 'street-unit')).toBe(true)
    const dept = engine.ask({ question: '某某街道办事处2025年部门预算收入总计是多少？' })
    expect(dept.answer).toContain('2,600.00万元')
    expect(dept.citations.every((c) => c.docId === 'street-dept')).toBe(true)
  })

  it('reads the department’s when the question names neither, and says which', () => {
    const r = engine.ask({ question: '某某街道办事处2025年收入总计是多少？' })
    expect(r.answer).toContain('2,600.00万元')
    expect(r.answer).toContain('部门预算')
  })
})
