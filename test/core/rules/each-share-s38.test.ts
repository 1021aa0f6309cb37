import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind85's kindergarten budget): "基本支出和项目支出各占支出总预算的比例" is each part over the
 * one whole, never one part over the other. Made-up unit and figures.
 */
const BUDGET = [
  '青岚市第三幼儿园2023年部门预算',
  '二、支出预算情况说明',
  '青岚市第三幼儿园2023年支出预算1185.53万元，其中：基本支出89.52万元，项目支出1096.01万元。',
].join('\n')

describe('rule each-share', () => {
  it('computes each part’s share of the whole', () => {
    const a = engineWith([{ name: 'qinglan-yey-2023-bmys.txt', bytes: enc(BUDGET) }]).ask({ question: '青岚市第三幼儿园2023年基本支出和项目支出各占支出总预算的比例是多少？' }).answer
    expect(a).toContain('7.55%')
    expect(a).toContain('92.45%')
    expect(a).not.toContain('8.17%')
  })
})
