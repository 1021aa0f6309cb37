import { describe, expect, it } from 'vitest'
import { moneyAfter } from '../../server/core/tools/lib/prose.js'

describe('a figure stated in prose after its subject', () => {
  it('skips the baseline amount after 比/较 and takes the subject’s own figure', () => {
    const s = '2026年收支预算总额比2025年预算数4181.39万元减少108.49万元，下降2.59%。'
    expect(moneyAfter(s, '收支预算总额')).toBeUndefined()
    const t = '2026年支出预算总计4072.90万元，比2025年预算数4181.39万元减少108.49万元。'
    expect(moneyAfter(t, '支出预算总计')?.amount.text).toBe('4072.90')
  })
})
