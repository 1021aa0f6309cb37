import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind103's 彩票公益金 notice): money asked by what was done with it — "已经拨付了多少…专项资金", "收到多少彩票公益金",
// "已拨付资金占收到的…的比例" — was "not found": no table, and the prose names the money by long words around its verb.
const PAGE = [
  '2023年中央专项彩票公益金支持樟岭县社会公益事业发展资金分配下达和使用情况的公告',
  '一、资金总体规模',
  '2023年我县共收到中央专项彩票公益金支持地方社会公益事业发展资金350万元。',
  '二、资金拨付下达情况',
  '按照项目计划,三所乡镇卫生院改造项目计划总投资320万元,财政部门已拨付专项资金280万元,该项目支出率87.5%。',
  '特此公告。',
  '樟岭县财政局',
  '2024年3月15日',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'zhangling-2023-cpgyj.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule verb-amount', () => {
  it('reads the amount after the verb asked and the thing moved', () => {
    const a = ask('樟岭县财政已经拨付了多少彩票公益金专项资金')
    expect(a.answer).toContain('280万元')
    expect(a.citations[0]?.text).toContain('已拨付专项资金280万元')
    expect(ask('樟岭县2023年收到多少彩票公益金').answer).toContain('350万元')
  })
  it('computes the share of two things moved, said to be computed', () => {
    const a = ask('樟岭县已拨付资金占收到的彩票公益金的比例是多少？')
    expect(a.answer).toMatch(/80(?:\.00)?%/)
    expect(a.answer).toContain('计算')
  })
  it('guesses nothing for a verb the page never states', () => {
    expect(ask('樟岭县已经退回了多少彩票公益金').answer).not.toMatch(/\d+万元/)
  })
})
