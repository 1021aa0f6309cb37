import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = [
  '某县某某局2024年部门决算', '', '公开02表', '一般公共预算财政拨款支出决算表', '单位：万元',
  '科目编码\t科目名称\t决算数',
  '\t合计\t820.00',
  '2010301\t行政运行\t700.00',
  '2010350\t事业运行\t120.00',
].join('\n')

describe('a not-found says which kind of document it looked in', () => {
  const engine = engineWith([{ name: 'bureau-final.txt', bytes: enc(doc) }])

  it('a 决算 is a 决算, not a 预算', () => {
    const r = engine.ask({ question: '某某局2024年公务接待费决算是多少？' })
    expect(r.answer).toMatch(/没有找到/)
    expect(r.answer).not.toMatch(/\d+(?:\.\d+)?万元/)
    expect(r.answer).not.toContain('年预算中')
  })
})
