import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind98's 楚雄州 news item): a half-year news item naming its place only in its writer's byline at its end,
// "（楚雄州财政国库科 杨成虎）", its year nowhere; held as "metadata needed". And its standings (收入增幅全省排名第6位, 在滇中
// 四州市中处于第2位) asked "排第几" were answered with the revenue itself.
const PAGE = [
  '今年以来，全州各级财政部门认真贯彻落实州委、州人民政府的各项决策部署，顺利实现上半年“双过半”的时序目标任务。',
  '截至6月30日，全州地方一般公共预算收入累计完成355,490万元，完成预算的57.8%，增长19.9%，收入增幅全省排名第6位，在滇中四州市中处于第2位；全州地方一般公共预算支出累计完成1,252,981万元，完成预算的62.9%，增长19.6%，支出增幅全省排名第5位，在滇中四州市中处于第3位。（青禾州财政国库科 张三丰）',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-czj-h1.txt', bytes: new TextEncoder().encode(PAGE) }])).ask({ question })

describe('rule byline-place', () => {
  it('reads the place from the byline of a report of its whole figures', () => {
    const doc = parseDocument('qinghe-czj-h1.txt', PAGE).document
    expect(doc.org).toBe('青禾州')
    expect(doc.scope).toBe('财政预算')
  })
})

describe('rule stated-rank', () => {
  it('quotes the standing of the side asked, counted where the question says', () => {
    expect(ask('青禾州收入增幅在全省排第几').answer).toContain('收入增幅全省排名第6位')
    const among = ask('青禾州支出增幅在滇中四州市里排第几？').answer
    expect(among).toContain('第3位')
    expect(among).not.toContain('第2位')
  })
})
