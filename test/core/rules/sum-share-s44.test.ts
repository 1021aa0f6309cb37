import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind35's 林场): "卫生健康和住房保障支出加起来多少？占总预算百分之几？" was answered as one part's share of the other.
const DOC = [
  '青禾市林场2025年部门预算',
  '',
  '2025年一般公共预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t77.82\t70.00\t7.82',
  '210\t卫生健康支出\t4.02\t4.02\t0.00',
  '221\t住房保障支出\t5.87\t5.87\t0.00',
  '213\t农林水支出\t67.93\t60.11\t7.82',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-lc-2025.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule sum-share: the parts\' sum over the whole', () => {
  it('sums the parts named before 加起来 and shares the sum over the total', () => {
    const r = ask('青禾市林场25年卫生健康和住房保障支出加起来多少？占总预算百分之几？')
    expect(r.answer).toContain('9.89万元')
    expect(r.answer).toContain('12.71%')
    expect(r.answer).not.toContain('68.48%')
  })
})
