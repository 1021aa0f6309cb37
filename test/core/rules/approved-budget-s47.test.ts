import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'

// Session 47 (blind103's 县 决算 report): a title with a level's word and no place ("关于2021年县级财政决算(草案)的报告",
// the government on the next line) was held as that government's 部门决算; and its 一般公共预算支出, asked, was the
// budget the 人大 approved at the year's start ("2021年初,县人大审议通过的全县一般公共预算支出77538万元"), a wrong figure
// with its citation, where the account follows in the next sentence ("全县一般公共预算支出91759万元,…完成调整预算的93.8%").
const PAGE = [
  '关于2021年县级财政决算(草案)的报告',
  '岚谷县人民政府',
  '一、2021年全县及县级财政收支决算情况',
  '(一)全县一般公共预算收支决算情况',
  '2021年,全县地方一般公共预算收入完成4120万元,完成年初预算的101.2%。',
  '2021年初,县人大审议通过的全县一般公共预算支出81250万元,加上预算执行中上级财政增加转移支付补助、新增政府一般债券等,全县支出调整预算为99610万元。全县一般公共预算支出93408万元(其中镇级支出11270万元),完成调整预算的93.8%,结转下年支出6202万元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'langu-2021-xjjs.html.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('a place’s 决算 report titled by its level, its government named under the title', () => {
  it('is the place’s 财政决算', () => {
    const d = parseDocument('langu-2021-xjjs.txt', PAGE).document
    expect(d.scope).toBe('财政决算')
    expect(d.year).toBe(2021)
    expect(d.org).toContain('岚谷县')
  })
})

describe('rule final-over-planned: the budget the 人大 approved, told first', () => {
  it('answers the account stated after it, never the approved budget', () => {
    const r = ask('岚谷县2021年全县一般公共预算支出决算是多少')
    expect(r.answer).toContain('93408万元')
    expect(r.answer).not.toContain('为81250万元')
  })
  it('sets a part against the account', () => {
    expect(ask('岚谷县镇级支出占全县一般公共预算支出的比重是多少？').answer).toContain('93408')
  })
  it('reads the approved budget when the year’s start is asked (the stage said before the item, its amount right after)', () => {
    expect(ask('岚谷县2021年一般公共预算支出年初预算是多少').answer).toContain('81250万元')
  })
})

describe('rule asked-span: 完成 is the ask, no word of the subject', () => {
  it('answers the revenue asked with its account word and 完成了多少', () => {
    expect(ask('岚谷县2021年全县地方一般公共预算收入完成了多少？').answer).toContain('4120万元')
  })
})

describe('a carry asked by its name, after an aside in brackets naming another account', () => {
  it('reads 结转下年支出 (its 下年 is no filler) in the whole place’s sentence, the 镇级 aside no account of it', () => {
    const r = ask('岚谷县2021年结转下年支出是多少').answer
    expect(r).toContain('6202万元')
  })
})
