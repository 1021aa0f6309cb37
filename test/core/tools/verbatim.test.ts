import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../server/core/search/normalize-text.js'
import { linesText, verbatimQuote } from '../../../server/core/tools/lib/verbatim.js'

const P = '2025 年“三公”经费预算 90,000 元，与上年持平。其中：因公出国（境）费用 0 元，与上年持平；公务接待费 10,000 元，与上年持平；公务用车运行维护费 80,000 元，与上年持平。'

describe('verbatimQuote', () => {
  it('gives back the printed text of a normalised sentence: full-width punctuation and quotes kept', () => {
    expect(verbatimQuote(P, normalizeText('2025 年“三公”经费预算 90,000 元，与上年持平。'))).toBe('2025 年“三公”经费预算 90,000 元，与上年持平。')
  })

  it('marks a cut at the start and at the end of a sentence with ……', () => {
    expect(verbatimQuote(P, normalizeText('公务接待费 10,000 元，与上年持平'))).toBe('公务接待费 10,000 元，与上年持平')
    expect(verbatimQuote(P, normalizeText('公务接待费 10,000 元'))).toBe('公务接待费 10,000 元……')
    expect(verbatimQuote(P, normalizeText('经费预算 90,000 元'))).toBe('……经费预算 90,000 元……')
  })

  it('marks words left out between two pieces', () => {
    expect(verbatimQuote(P, normalizeText('2025 年“三公”经费预算 90,000 元；公务用车运行维护费 80,000 元'))).toBe('2025 年“三公”经费预算 90,000 元……公务用车运行维护费 80,000 元……')
  })

  it('prints title marks the normalised text dropped (《…<…>…》) as printed, with no cut', () => {
    const S = '根据《某市委办公室关于印发<某县机构改革方案>的通知》(某办字〔2019〕3号),某局是主管全县工作的县政府工作部门。'
    expect(verbatimQuote(S, normalizeText('根据《某市委办公室关于印发<某县机构改革方案>的通知》(某办字〔2019〕3号)'))).toBe('根据《某市委办公室关于印发<某县机构改革方案>的通知》(某办字〔2019〕3号)……')
  })

  it('says the lines a quote spans', () => {
    expect(linesText([103, 103])).toBe('（第103行）')
    expect(linesText([41, 43])).toBe('（第41–43行）')
  })
})
