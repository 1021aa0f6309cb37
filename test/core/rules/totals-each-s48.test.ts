import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { proseSubjects } from '../../../server/core/tools/lib/prose-subjects.js'

// Session 48 (blind103's 县级财政决算 report): "全县一般公共预算支出91759万元,加上上解…,全县一般公共预算支出总计99352万元"
// was read as two figures of one subject (its 总计 set aside), and "收入总计和支出总计分别是多少" answered the first only.
const PAGE = [
  '青川县2023年县级财政决算(草案)的报告',
  '一、一般公共预算收支决算情况',
  '全县地方一般公共预算收入5120万元,加上上级补助收入88210万元,调入资金260万元,全县一般公共预算收入总计93590万元。',
  '全县一般公共预算支出86400万元,加上上解支出3100万元,债务还本支出2050万元,全县一般公共预算支出总计91550万元。',
  '收支相抵,年终结余2040万元。',
].join('\n')
const corpus = buildCorpus([{ name: 'qingchuan-2023-xjjs.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(corpus)).ask({ question })

describe('rules total-of-own-words and each-subject-asked', () => {
  it('reads the 总计 as a subject of its own where the bare words state another amount, and says no false disagreement', () => {
    const stated = proseSubjects(corpus.documents[0]).map((x) => `${x.subject}=${x.amount}`)
    expect(stated).toEqual(expect.arrayContaining(['全县一般公共预算支出=86400', '全县一般公共预算支出总计=91550']))
    expect(stated).not.toContain('全县一般公共预算支出=91550')
    // (the 收入's 总计 has no bare words stated with another amount: named as before, its 总计 said in the answer)
    expect(stated).toContain('全县一般公共预算收入=93590')
    const a = ask('青川县2023年全县一般公共预算支出总计是多少')
    expect(a.answer).toContain('91550万元')
    expect(a.answer).not.toContain('不一致')
    const b = ask('青川县2023年全县一般公共预算支出是多少')
    expect(b.answer).toContain('86400万元')
    expect(b.answer).not.toContain('不一致')
  })
  it('answers each subject asked with 分别, the shared words read for both', () => {
    const a = ask('青川县2023年全县一般公共预算收入总计和支出总计分别是多少？')
    expect(a.answer).toMatch(/收入总计为93590万元[\s\S]*支出总计为91550万元/)
    expect(a.citations.length).toBeGreaterThanOrEqual(2)
  })
})
