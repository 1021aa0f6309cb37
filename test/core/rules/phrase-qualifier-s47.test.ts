import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 47 (blind101's 临城县 road-project self-evaluation, read again): one sentence states a phrase per batch and in
// total ("一批项目县级批复总投资…,二批项目县级批复总投资…,合计批复总投资…"); "合计批复总投资" was read as the bare phrase (合计
// taken as "in all") and answered with the first batch's figure, a wrong figure with its citation; and a cross question
// naming the total ("A合计批复总投资和B民生支出各是多少") was one reading of both organisations.
const ROADS = [
  '溪山县交通运输局2023年度水毁道路修复项目绩效自评报告',
  '一、项目概况',
  '我局承担溪山县2023年度水毁道路修复项目实施任务,该项目分两批实施,一批项目县级批复总投资1820.5万元(其中建筑工程1760万元),二批项目县级批复总投资964.2万元(其中建筑工程930.6万元),合计批复总投资2784.7万元(其中建筑工程2690.6万元)。',
  '二、项目完成情况',
  '截至2023年底,两批项目全部完工,完成投资2784.7万元。',
].join('\n')
const NEWS = [
  '前10个月桐州民生支出累计完成88.4亿元',
  '记者从市财政局获悉,今年前10个月,桐州市民生支出累计完成88.4亿元,同比增长6.2%,占全市一般公共预算支出的71.3%。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) =>
  (engine ??= createEngine(buildCorpus([
    { name: 'xishan-2023-jxzp.txt', bytes: new TextEncoder().encode(ROADS) },
    { name: 'tongzhou-minsheng-news.txt', bytes: new TextEncoder().encode(NEWS) },
  ]).corpus)).ask({ question })

describe('rule phrase-qualifier', () => {
  it('reads the phrase with the words asked right before it where the prose writes them so, never the first batch', () => {
    const r = ask('溪山县道路项目合计批复总投资是多少？')
    expect(r.answer).toContain('2784.7万元')
    expect(r.answer).not.toContain('为1820.5万元')
    expect(r.answer).toContain('合计批复总投资')
  })
  it('reads a batch asked by its own words', () => {
    expect(ask('溪山县二批项目县级批复总投资是多少？').answer).toContain('964.2万元')
  })
})

describe('rule org-clauses: a total word naming a clause’s subject, a period of months', () => {
  it('answers each organisation’s clause alone when 合计 qualifies the first clause’s name', () => {
    const r = ask('溪山县道路项目合计批复总投资和桐州前10个月民生支出各是多少？')
    expect(r.answer).toContain('2784.7万元')
    expect(r.answer).toContain('88.4亿元')
    expect(r.answer).not.toContain('为1820.5万元')
  })
  it('reads 前10个月 as the part of the year asked, not a subject', () => {
    const r = ask('桐州前10个月民生支出是多少？')
    expect(r.answer).toContain('88.4亿元')
  })
})
