import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind96's 峡江 news item, blind80's 吐鲁番 report): a report of half a year. Its figures were said to be
// the year's ("2023年财政总收入预算为146405万元" for 1-6月), a question about the whole year was answered with them, and
// the title's "上半年" was read into the place's name ("上半年吐鲁番市").
const DOC = [
  '关于2025年上半年青禾市预算执行情况的报告',
  '一、一般公共预算收支执行情况',
  '2025年上半年，全市一般公共预算收入完成37.24亿元，完成年初预算47.6%。其中：税收收入完成18.92亿元，非税收入完成18.32亿元。',
].join('\n')
let engine: Engine | undefined
const e = () => (engine ??= engineWith([{ name: 'qinghe-czj-2025h1.txt', bytes: new TextEncoder().encode(DOC) }]))

describe('rule part-year: a report of part of a year', () => {
  it('names the place without the part of the year, and holds the part apart', () => {
    const doc = e().corpus.documents.find((d) => d.id.startsWith('qinghe-czj'))!
    expect(doc.org).toBe('青禾市')
    expect(doc.period).toBe('上半年')
  })
  it('says in its answers that the figures are the part\'s', () => {
    const r = e().ask({ question: '青禾市2025年上半年一般公共预算收入多少' })
    expect(r.answer).toContain('37.24亿元')
    expect(r.answer).toContain('上半年的数字')
  })
  it('answers nothing asked of the whole year', () => {
    const r = e().ask({ question: '青禾市2025年全年一般公共预算收入多少' })
    expect(r.answer).not.toContain('37.24')
    expect(r.answer).toContain('没有全年数')
  })
})
