import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind97's school page, blind28's 公告): the date a document signs off with, under its name at its end,
// joined by the prose reader to the paragraph above it; asked as 落款日期 or 哪天签发.
const DOC = [
  '青禾职业学院',
  '政府采购决算公开情况说明',
  '现将2021年度青禾职业学院政府采购决算公开如下:',
  '2021年度政府采购支出总额2886.19万元,其中:政府采购货物支出489.56万元。',
  '(政府采购支出金额的计算口径为政府采购合同金额)',
  '青禾职业学院',
  '2022年4月14日',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-xy-2021-zfcg.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule sign-off-date: the date a document closes with', () => {
  it.each(['青禾职业学院政府采购决算公开说明落款日期是哪天', '青禾职业学院这份说明是哪天签发的？'])('%s', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('2022年4月14日')
    expect(r.citations.some((c) => c.kind === 'paragraph')).toBe(true)
  })
})
