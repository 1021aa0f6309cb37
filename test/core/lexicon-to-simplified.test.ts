import { describe, expect, it } from 'vitest'
import { codePointSteps } from '../../server/cli/gen-traditional-chars.js'
import { SIMPLIFIED_STEPS, TRADITIONAL_STEPS } from '../../server/core/lexicon/traditional-chars.js'
import { codePoints, PRINTED_IN_SIMPLIFIED, toSimplified } from '../../server/core/lexicon/to-simplified.js'

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

  it('reads its table back from code point steps: one to one, Traditional characters outside GB2312 but 於 後 徵, Simplified ones in it', () => {
    const t = codePoints(TRADITIONAL_STEPS), s = codePoints(SIMPLIFIED_STEPS)
    expect(t.length).toBe(s.length)
    expect(t.length).toBeGreaterThan(2000)
    expect(new Set(t).size).toBe(t.length)
    expect(codePointSteps(t)).toBe(TRADITIONAL_STEPS)
    expect(codePointSteps(s)).toBe(SIMPLIFIED_STEPS)
    const gb = new TextDecoder('gb2312', { fatal: true })
    const inGb = new Set<string>()
    for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) try { inGb.add(gb.decode(new Uint8Array([hi, lo]))) } catch { /* unassigned */ }
    expect(t.filter((c) => inGb.has(c)).sort()).toEqual(['後', '徵', '於'].sort())
    expect(s.filter((c) => !inGb.has(c))).toEqual([])
    // (but the characters Simplified text prints too, in names: 濛 stays 濛)
    expect(toSimplified(t.join(''))).toBe(t.map((c, i) => (PRINTED_IN_SIMPLIFIED.has(c) ? c : s[i])).join(''))
    expect(toSimplified('濛溪县')).toBe('濛溪县')
    // steps of any size and sign read back
    expect(codePoints(codePointSteps(['丁', '龥', '一', '𠀀']))).toEqual(['丁', '龥', '一', '𠀀'])
  })
})
