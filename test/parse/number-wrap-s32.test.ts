import { describe, expect, it } from 'vitest'
import { joinsWithoutSpace } from '../../server/core/parse/prose.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../server/core/engine.js'

/**
 * Session 32: a PDF's line wrap breaking a number in Chinese prose ("…服务类8" / "6.00万元。"): the digits join again,
 * never read as 6.00万元 (a wrong figure with its citation had been answered so); English words and a year before a
 * word keep their space. Made-up bureau and figures.
 */
describe('a number broken by a wrap in Chinese prose', () => {
  it('joins its digits again', () => {
    expect(joinsWithoutSpace('其中：货物类46.60万元，工程类180.00万元，服务类8', '6.00万元。')).toBe(true)
    expect(joinsWithoutSpace('本年支出合计1,2', '34.56万元')).toBe(true)
  })
  it('keeps a space between words that are no Chinese number', () => {
    expect(joinsWithoutSpace('the budget for 2024', '2025 plans')).toBe(false)
    expect(joinsWithoutSpace('Table 3', '12 rows')).toBe(false)
  })
  it('answers the whole number', async () => {
    const text = ['岚县交通运输局2025年部门预算', '十一、政府采购预算情况', '2025年本部门政府采购预算总额312.60万元，其中：货物类46.60万元，工程类180.00万元，服务类8', '6.00万元。'].join('\n')
    const engine = createEngine(buildCorpus(await readSources([{ name: 'lan-jtysj-2025-bmys.txt', bytes: new TextEncoder().encode(text) }])).corpus)
    const a = engine.ask({ question: '岚县交通运输局政府采购里服务类多少' }).answer
    expect(a).toContain('86.00万元')
  })
})
