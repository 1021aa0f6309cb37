import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = [
  '某县某某水务服务中心2025年单位预算', '', '表一', '2025年收支总表', '单位：万元',
  '收入项目\t预算数\t支出项目\t预算数',
  '一、一般公共预算拨款收入\t1,140.00\t一、农林水支出\t1,200.00',
  '二、事业收入\t60.00\t',
  '收入总计\t1,200.00\t支出总计\t1,200.00',
  '', '表二', '2025年支出总表', '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '213\t农林水支出\t1,200.00\t820.00\t380.00',
  '\t合计\t1,200.00\t820.00\t380.00',
].join('\n')

describe('rule share-bound: a part is never more than its whole', () => {
  const engine = engineWith([{ name: 'water.txt', bytes: enc(doc) }])

  it('names in an open order (“A B的比例”): the smaller is the part', () => {
    const r = engine.ask({ question: '某某水务服务中心2025年收入总计事业收入的比例' })
    expect(r.answer).toContain('5.00%')
    expect(r.answer).not.toContain('2000.00%')
  })

  it('“A占B的比重” with A larger than B: refused, both figures stated, no share over 100%', () => {
    const r = engine.ask({ question: '某某水务服务中心2025年支出合计占基本支出的比重' })
    expect(r.answer).toContain('无法按占比计算')
    expect(r.answer).toContain('820.00万元')
    expect(r.answer).not.toMatch(/146\.34%/)
  })

  it('a share within 100% is answered as asked', () => {
    const r = engine.ask({ question: '某某水务服务中心2025年一般公共预算拨款收入占收入总计的比重' })
    expect(r.answer).toContain('95.00%')
  })
})
