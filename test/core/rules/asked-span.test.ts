import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 23 (rule asked-span): words no table names, asked whole. A figure the prose states for a narrower word
 * (转移支付) answers only when its sentence holds every character asked; the words themselves, or the part asked after
 * 里, are read instead, and nothing is said when neither is printed. A made-up township (柳岸县石桥镇) and hospital.
 */
const TOWN = [
  '柳岸县石桥镇人民政府2023年转移支付资金绩效自评报告',
  '一、绩效目标分解下达情况',
  '(一)柳岸县石桥镇人民政府2023年度下达上级资金转移支付600.00万元。',
  '(二)其中:中央级资金转移支付150.00万元,省级资金转移支付250.00万元,市级资金200.00万元。',
].join('\n')
const HOSPITAL = [
  '柳岸县人民医院2020年财务信息公开',
  '一、财务收支基本完成情况',
  '1、2020年全年业务支出5000万元,比上年同期减少400万元,减少7.4%。',
  '二、基本指标完成情况',
  '2020年完成门急诊总诊疗人次12.5万人次。每门诊人次平均费用260.50元,比上年人均增加20.5元。',
].join('\n')

describe('words asked whole', async () => {
  const extra = await readSources([
    { name: 'la-sq-2023.txt', bytes: new TextEncoder().encode(TOWN) },
    { name: 'la-rmyy-2020.txt', bytes: new TextEncoder().encode(HOSPITAL) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('a qualified part is read as printed, never given its container’s total', () => {
    expect(engine.ask({ question: '石桥镇省级资金转移支付是多少' }).answer).toContain('250.00万元')
    const part = engine.ask({ question: '石桥镇转移支付里中央级资金多少' }).answer
    expect(part).toContain('150.00万元')
    expect(part).not.toContain('600.00')
  })
  it('words said in another order are answered when the sentence holds them all', () => {
    expect(engine.ask({ question: '石桥镇2023年上级转移支付资金一共多少' }).answer).toContain('600.00万元')
  })
  it('a qualifier the page never prints gets no figure (县 of the town’s own name is no 县级)', () => {
    const r = engine.ask({ question: '石桥镇县级资金转移支付是多少' })
    expect(r.answer).not.toMatch(/\d+\.\d{2}万元/)
    expect(r.citations).toEqual([])
  })
  it('上年同期 is the year before, and a cost per visit is money, not a count', () => {
    const change = engine.ask({ question: '柳岸县人民医院业务支出比19年减少多少' }).answer
    expect(change).toContain('400万元')
    expect(engine.ask({ question: '柳岸县人民医院每门诊人次平均费用' }).answer).toContain('260.50元')
  })
})
