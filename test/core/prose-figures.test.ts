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

describe('rule listed-item: an amount after a list of names is the list’s total', () => {
  const s = '经柳岸县财政局汇总,全县公务接待费、公车购置费,公车运行费(“三公”经费)决算总额771万元,比上年下降1.8%;其中公务接待费决算233万元。'
  it('never gives the listed name the total after the list', () => {
    expect(moneyAfter(s, '公务接待费')?.amount.value).toBe('233')
    expect(moneyAfter('公务接待费、公车运行费合计90万元。', '公务接待费')).toBeUndefined()
  })
  it('reads a name with its own amount after it as before', () => {
    expect(moneyAfter('公务接待费12万元、公车运行费78万元。', '公务接待费')?.amount.value).toBe('12')
  })
})
