import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind80's 吐鲁番 report): "非税收入占一般公共预算收入多少比例" was computed over 税收收入, a name of four
// characters whose bigrams 税收 and 收入 the question holds apart ("非税收入…收入").
const DOC = [
  '青禾市2025年上半年财政预算执行情况',
  '一、一般公共预算收入情况',
  '上半年全市一般公共预算收入完成37.24亿元,完成年初预算47.6%。',
  '(1)税收收入完成18.92亿元,完成年初预算39.5%,同比减收1.42亿元。',
  '(2)非税收入完成18.32亿元,完成年初预算58.7%。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-czj-2025h1.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule inside-other-subject: a subject\'s opening words said only inside another subject named whole', () => {
  it('shares 非税收入 over 一般公共预算收入, never over 税收收入', () => {
    const r = ask('青禾市2025年上半年非税收入占一般公共预算收入多少比例？')
    expect(r.answer).not.toContain('96.83%')
    expect(r.answer).toContain('49.19%')
  })
})
