import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind107's 财政决算, first contact): "预备费最后用到哪里去了" was answered with the 预备费's 决算 (0) alone, though
// the prose says it was "已全部调剂用于防汛救灾和应急处置"; "区对街道的转移支付主要干什么用" read 对街道 as an organisation.
const PAGE = [
  '柳溪区2025年财政决算（草案）的报告',
  '一、一般公共预算收支决算情况',
  '年初预算安排预备费2000万元，调整预算800万元，已全部调剂用于防汛救灾和应急处置，在相关科目中列支，决算数为0。',
  '区对街道转移支付9800万元，主要用于街道基本运转和社区服务。',
  '附表1柳溪区2025年一般公共预算支出决算表',
  '单位：万元',
  '项目\t预算数\t调整预算数\t决算数',
  '227 预备费\t2000\t800\t0',
  '一般公共预算支出合计\t2000\t800\t0',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'liuxi-czj-2025-jsca.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('what money was used for', () => {
  it('reads where the prose says a moved sum went (调剂用于)', () => {
    expect(ask('柳溪区的预备费最后用到哪里去了？').answer).toContain('防汛救灾')
  })
  it('never reads a preposition and 街道 as an organisation', () => {
    const a = ask('柳溪区对街道的转移支付主要干什么用')
    expect(a.answer).toContain('基本运转')
    expect(a.answer).not.toMatch(/没有找到“柳溪区对街道”/)
  })
})
