import { describe, expect, it } from 'vitest'
import { foldRadicals } from '../../server/core/read/radicals.js'
import { readSource } from '../../server/core/read/read-source.js'

describe('radicals read as the ideographs they stand for', () => {
  it('folds Kangxi radicals and supplement forms one for one', () => {
    const raw = '部\u2ED4\u2F40出\u2F8F次 \u2ECB辆 \u2EA0生'
    const folded = foldRadicals(raw)
    expect(folded).toBe('部门支出行次 车辆 民生')
    expect(folded.length).toBe(raw.length)
  })
  it('reads 戶 (and the radical ⼾ that decomposes to it) as 户: simplified fonts draw both with one glyph', () => {
    expect(foldRadicals('财政专\u6236管理资金、专\u2F3E')).toBe('财政专户管理资金、专户')
  })
  it('folds a radical whose decomposition is traditional to the simplified ideograph (⼾ → 户, not 戶)', () => {
    expect(foldRadicals('财政专\u2F3E收入 \u2FA8诊')).toBe('财政专户收入 门诊')
  })
  it('leaves ordinary text, punctuation and full-width forms alone', () => {
    const s = '“三公”经费（万元）：12.50，比上年减少0.30。'
    expect(foldRadicals(s)).toBe(s)
  })
  it('applies to every format at the read stage', async () => {
    const text = '某县农业局2024年部\u2ED4预算\n一、收\u2F0A\u2F40出预算总表'
    const read = await readSource('x.txt', new TextEncoder().encode(text))
    expect(read.text).toBe('某县农业局2024年部门预算\n一、收入支出预算总表')
  })
})
