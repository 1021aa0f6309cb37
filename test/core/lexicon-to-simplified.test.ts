import { describe, expect, it } from 'vitest'
import { toSimplified } from '../../server/core/lexicon/to-simplified.js'

describe('toSimplified', () => {
  it.each([
    ['南岸區醫保局2024年公務接待費是多少', '南岸区医保局2024年公务接待费是多少'],
    ['渝北區醫療保障局公務用車運行維護費', '渝北区医疗保障局公务用车运行维护费'],
    ['江北醫保中心預算總額', '江北医保中心预算总额'],
    ['綦江區工資福利支出', '綦江区工资福利支出'],
  ])('%s', (q, want) => expect(toSimplified(q)).toBe(want))

  it('leaves Simplified text and other scripts alone', () => {
    expect(toSimplified('渝北区医保局 2025 budget')).toBe('渝北区医保局 2025 budget')
  })
})
