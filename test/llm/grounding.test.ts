import { describe, expect, it } from 'vitest'
import { extractFigures, matchesFigure, ungroundedFigures } from '../../server/llm/grounding.js'

describe('extractFigures', () => {
  it('reads thousands separators, decimals and full-width digits', () => {
    expect(extractFigures('支出 1,073.24 万元，增长５．０８％，共 33155882.14 元')).toEqual([
      { text: '1,073.24', value: 1073.24, decimals: 2 },
      { text: '5.08', value: 5.08, decimals: 2 },
      { text: '33155882.14', value: 33155882.14, decimals: 2 },
    ])
  })
})

describe('matchesFigure: unit conversion and rounding', () => {
  const f = (s: string) => extractFigures(s)[0]
  it.each([
    ['89.74', 89.74, true],
    ['897,400', 89.74, true], // 万元 → 元
    ['90', 89.74, true], // rounded
    ['89.7', 89.74, true],
    ['3315.59', 33155882.14, true], // 元 → 万元
    ['0.33', 33155882.14, true], // 元 → 亿元
    ['5.08', 0.0508, true], // ratio → %
    ['89.75', 89.74, false],
    ['88', 89.74, false],
    ['897,500', 89.74, false],
  ])('%s vs %d → %s', (text, source, expected) => {
    expect(matchesFigure(f(text), source)).toBe(expected)
  })
})

describe('ungroundedFigures', () => {
  const tool = JSON.stringify({ ok: true, text: '89.74万元', yuan: 897400, code: '2101501' })
  it('passes figures from the tool results; years and list markers need no source', () => {
    expect(ungroundedFigures('2026年社会保障和就业支出为89.74万元（897,400元），科目2101501，见第1项。', [tool])).toEqual([])
  })
  it('catches a figure no tool returned, even one the user wrote', () => {
    expect(ungroundedFigures('支出为 99.99 万元', [tool]).map((x) => x.text)).toEqual(['99.99'])
    expect(ungroundedFigures('按您说的，是 12345 万元', [tool]).map((x) => x.text)).toEqual(['12345'])
  })
})
