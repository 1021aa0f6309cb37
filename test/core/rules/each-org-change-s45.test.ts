import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind98's 同乐乡卫生院 and 伙牌镇): a unit whose prose calls its total 预算总收入 was said to print no
// 收入预算; and "A和B收入比上年各增加多少" was answered as how much more A has than B (293.01万元), a figure not asked.
const A = ['青溪乡卫生院2025年单位预算公开', '一、收支预算总体情况', '2025年部门预算总收入1135.8万元,比上年增加64.23万元,增长5.7%。'].join('\n')
const B = ['青禾镇2025年预算公开', '一、收支预算总体情况', '2025年青禾镇收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长7%。'].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([
  { name: 'qingxi-wsy-2025.txt', bytes: new TextEncoder().encode(A) },
  { name: 'qinghe-town-2025.txt', bytes: new TextEncoder().encode(B) },
])).ask({ question })

describe('each organisation\'s own change', () => {
  it('reads 预算总收入 as the total', () => {
    expect(ask('青溪乡卫生院2025年收入预算是多少').answer).toContain('1135.8万元')
  })
  it('answers each one\'s change against its year before, never their difference', () => {
    const r = ask('青溪乡卫生院和青禾镇2025年收入比上年各增加多少').answer
    expect(r).toContain('64.23万元')
    expect(r).toContain('62.15万元')
    expect(r).not.toContain('293.01')
  })
})
