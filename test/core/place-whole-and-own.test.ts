import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'
import { accountAsked } from '../../server/core/tools/lib/prose-account.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A county's 财政决算 report: the whole county, then its own level, each under its heading; 亿元 in the prose. */
const REPORT = [
  '松岭县2024年全县财政决算的报告',
  '一、2024年财政决算情况',
  '（一）一般公共预算决算情况',
  '1.全县',
  '全县一般公共预算收入31.40亿元，比上年增长6.2%，完成调整预算的101.5%。加上转移性收入40.25亿元，收入合计71.65亿元。',
  '全县一般公共预算支出52.18亿元，比上年增长2.4%，完成调整预算的99.1%。加上转移性支出19.47亿元，支出合计71.65亿元。',
  '2.松岭县本级',
  '县本级一般公共预算收入12.06亿元，自然口径下降8.5%，剔除园区基数划转因素后同口径增长3.9%，完成调整预算的100.8%；加上转移性收入27.33亿元，收入合计39.39亿元。',
  '县本级一般公共预算支出33.71亿元，自然口径增长11.0%，完成调整预算的98.6%。加上转移性支出5.68亿元，支出合计39.39亿元。',
].join('\n')

/** A report whose prose states the whole county only. */
const WHOLE_ONLY = [
  '柏川县2024年全县财政决算的报告',
  '一、一般公共预算决算情况',
  '全县一般公共预算收入18.20亿元，比上年增长4.0%。加上转移性收入22.10亿元，收入合计40.30亿元。',
].join('\n')

describe('rule place-account: a place’s report states its whole place and its 本级; one is never answered for the other', () => {
  const engine = engineWith([
    { name: 'songling-2024-final.txt', bytes: enc(REPORT) },
    { name: 'baichuan-2024-final.txt', bytes: enc(WHOLE_ONLY) },
  ])
  const ask = (question: string) => engine.ask({ question })

  it.each([
    ['松岭县本级2024年一般公共预算支出决算多少', '33.71亿元', '52.18'],
    ['松岭县本级2024年转移性收入是多少', '27.33亿元', '40.25'],
    ['松岭县2024年县本级转移性支出多少？', '5.68亿元', '19.47'],
  ])('%s → the 本级 sentence (%s), never the whole county’s (%s)', (q, own, whole) => {
    const r = ask(q)
    expect(r.answer).toContain(own)
    expect(r.answer).toContain('县本级')
    expect(r.answer).not.toContain(whole)
  })

  it.each([
    ['松岭县全县2024年一般公共预算支出多少', '52.18亿元', '33.71'],
    ['松岭县2024年转移性收入是多少', '40.25亿元', '27.33'],
  ])('%s → the whole county (%s), never the 本级 (%s), saying so', (q, whole, own) => {
    const r = ask(q)
    expect(r.answer).toContain(whole)
    expect(r.answer).toContain('全县')
    expect(r.answer).not.toContain(own)
  })

  it('a 本级 question of a report stating only the whole county is not answered with the whole county’s figure', () => {
    const r = ask('柏川县本级2024年转移性收入是多少')
    expect(r.answer).not.toContain('22.10')
    expect(r.answer).toContain('只写了全县的数')
  })

  it('reads the account a question names', () => {
    expect(accountAsked('龙港区本级收入多少')).toBe('own')
    expect(accountAsked('全市一般公共预算支出')).toBe('whole')
    expect(accountAsked('县本级支出占全县的比重')).toBeUndefined()
    expect(accountAsked('某局本级基本支出')).toBeUndefined()
  })
})
