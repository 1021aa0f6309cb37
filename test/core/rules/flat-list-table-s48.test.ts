import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind105's allocation notice): its one-figure table lost its line breaks ("…分配表 县区名称 资金分配额(万元) 备注
// 合计 4000 乐都区 819 …"); the counties asked ("民和县分到多少钱") were words of no table.
const PAGE = [
  '浙省追加的2019年扶贫协作资金分配情况公告',
  '一、资金来源',
  '浙省追加2019年扶贫协作专项资金3000万元。',
  '二、资金分配情况表',
  '青岭市市级财政扶贫专项资金分配表 县区名称 资金分配额(万元) 备注 合计 3000 东岭区 900 西岭县 1200 南岭县 600 北岭县 300 三、监督电话 0972-0000000',
  '青岭市扶贫开发局',
  '2019年10月8日',
].join('\n')
const corpus = buildCorpus([{ name: 'qingling-fpj-2019-fp.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(corpus)).ask({ question })

describe('rule flat-list-table', () => {
  it('reads a flattened one-figure list back into a table when its rows add up to its total', () => {
    const t = corpus.documents[0]?.tables[0]
    expect(t?.rows.map((r) => r.name)).toEqual(['合计', '东岭区', '西岭县', '南岭县', '北岭县'])
    expect(t?.unit).toBe('万元')
  })
  it('answers a listed county from its row', () => {
    expect(ask('西岭县分到多少钱').answer).toContain('1200万元')
  })
  it('leaves a run whose rows do not add up to the total as text', () => {
    const bad = buildCorpus([{ name: 'qingling-fpj-2019-fp.txt', bytes: new TextEncoder().encode(PAGE.replace('北岭县 300', '北岭县 301')) }]).corpus
    expect(bad.documents[0]?.tables.length ?? 0).toBe(0)
  })
})
