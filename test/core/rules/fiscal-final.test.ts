import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { engineWith } from '../seed-engine.js'

/**
 * A place's 财政决算 (made up: no real place or figure): the government's report on the closed year's accounts, with
 * a 平衡表 printing the 执行数 reported to the 人大 and the 决算数 as closed side by side, income beside spending.
 */
const REPORT = [
  '青岚县人民政府关于2023年决算(草案)的报告',
  '县人大常委会：',
  '受县政府委托，现将2023年全县和县级决算情况报告如下：',
  '（一）一般公共预算',
  '2023年一般公共预算支出241,305万元，同比增长5.2%。',
  '表1 2023年全县一般公共预算收支决算平衡表',
  '单位：万元',
  '收入\t执行数\t决算数\t支出\t执行数\t决算数',
  '总计\t312,000\t312,000\t总计\t312,000\t312,000',
  '一、本级收入\t86,420\t86,420\t一、支出合计\t241,300\t241,305',
  '税收收入\t51,200\t51,180\t二、转移性支出\t70,700\t70,695',
  '非税收入\t35,220\t35,240\t\t\t',
  '二、转移性收入\t225,580\t225,580\t\t\t',
].join('\n')

const FILE = { name: 'qinglan_czjs_2023.txt', bytes: Buffer.from(REPORT, 'utf8') }
let engine: Engine | undefined
/** The place's report alone (a city's fiscal disclosures) */
const e = () => (engine ??= createEngine(buildCorpus([FILE]).corpus))
const ask = (question: string) => e().ask({ question })

describe('a place’s 财政决算 (rule fiscal-budget-title, its 决算 forms)', () => {
  it('is held under the place, as the closed year’s accounts', () => {
    const doc = e().corpus.documents.find((d) => d.id === 'qinglan_czjs_2023')!
    expect([doc.org, doc.year, doc.scope, doc.metadataNeeded]).toEqual(['青岚县', 2023, '财政决算', undefined])
  })

  it('reads a row of its 平衡表 from the 决算数, not the 执行数 printed before it (accountsFirst)', () => {
    const res = ask('青岚县2023年税收收入是多少')
    expect(res.answer).toContain('51,180万元')
    expect(res.answer).not.toContain('51,200')
    expect(res.citations[0]).toMatchObject({ rowName: '税收收入', column: '决算数' })
  })

  it('a side’s 合计 asked is that line, named as printed, not the 总计 with the transfers (alias-row)', () => {
    const res = ask('青岚县2023年支出合计是多少')
    expect(res.answer).toContain('支出合计决算为241,305万元')
    expect(res.answer).not.toContain('312,000')
  })

  it('a fund’s 收入 asked of the place’s accounts is its own line (本级收入), not the 平衡表’s 总计 with the transfers (fiscal-own-line)', () => {
    const res = ask('青岚县2023年一般公共预算收入是多少')
    expect(res.answer).toContain('86,420万元')
    expect(res.answer).not.toContain('312,000')
    expect(res.citations).toContainEqual(expect.objectContaining({ rowName: '一、本级收入', column: '决算数' }))
  })

  it('the whole side asked (总收入) is the 总计, said as the 决算 it is', () => {
    const res = ask('青岚县2023年总收入是多少')
    expect(res.answer).toContain('收入决算为312,000万元')
  })

  it('beside departments whose 收支总表 print a row 一般公共预算, the fund’s 支出 sentence never answers its 收入 (fund-spent-prose)', () => {
    const res = engineWith([FILE]).ask({ question: '青岚县2023年一般公共预算收入是多少' })
    expect(res.answer).not.toContain('241,305')
  })
})
