import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'
import { findRowsIn } from '../../../server/core/tools/lib/row-search.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20: a procurement row answers to the item bought printed beside it, never to a category printed beside it
 * (its 资金来源 "事业收入", its 采购类别): "事业收入" asked is the income table's, not a purchase paid from it. Made-up bureau.
 */
const DOC = [
  '柳岸县残疾人联合会2025年部门预算',
  '表一 部门收支总表',
  '单位：元',
  '项目\t2025年预算数',
  '一、一般公共预算拨款\t800,000.00',
  '二、政府性基金预算拨款\t50,000.00',
  '三、事业收入\t150,000.00',
  '收入总计\t1,000,000.00',
  '表二 部门收入总表',
  '单位：元',
  '单位名称\t合计\t一般公共预算拨款\t政府性基金预算拨款\t事业收入',
  '合计\t1,000,000.00\t800,000.00\t50,000.00\t150,000.00',
  '柳岸县残疾人联合会(本级)\t700,000.00\t700,000.00\t0.00\t0.00',
  '柳岸县残疾人康复中心\t300,000.00\t100,000.00\t50,000.00\t150,000.00',
  '表九 政府采购预算表',
  '单位：元',
  '单位名称\t采购项目\t采购类别\t资金来源\t金额',
  '合计\t\t\t\t90,000.00',
  '柳岸县残疾人联合会(本级)\t残疾人辅助器具\t货物\t一般公共预算拨款\t30,000.00',
  '柳岸县残疾人康复中心\t康复训练器材\t货物\t事业收入\t60,000.00',
].join('\n')
const extra = await readSources([{ name: 'liuan-clj-2025-bmys.txt', bytes: new TextEncoder().encode(DOC) }])
const { corpus } = buildCorpus(seedSources(extra))
const engine = createEngine(corpus)
const doc = corpus.documents.find((d) => d.id === 'liuan-clj-2025-bmys')!
const ask = (question: string) => engine.ask({ question })

describe('a procurement row’s categories name no item', () => {
  it('事业收入 asked is the income table’s, not a purchase it funds', () => {
    const r = ask('柳岸县残联2025年事业收入预算多少？')
    expect(r.answer).toMatch(/150,000\.00元|15\.00万元/)
    expect(r.answer).not.toMatch(/60,000\.00元|6\.00万元/)
  })
  it('no procurement row is found by the 资金来源 or 采购类别 printed beside it', () => {
    const kinds = (name: string) => findRowsIn(defaultVocabulary, [doc], { name }).map((m) => `${m.table.kind}:${m.row.name}`)
    expect(kinds('事业收入')).not.toContain('procurement:柳岸县残疾人康复中心')
    expect(kinds('一般公共预算拨款')).not.toContain('procurement:柳岸县残疾人联合会(本级)')
    expect(kinds('康复训练器材')).toContain('procurement:柳岸县残疾人康复中心')
  })
  it('the item bought still finds its row', () => {
    expect(ask('柳岸县残联2025年康复训练器材采购预算多少？').answer).toMatch(/60,000\.00元|6\.00万元/)
  })
})

describe('a member unit’s columns asked by the words people use', () => {
  it('政府性基金拨款 is the 政府性基金预算拨款 column, beside 事业收入', () => {
    const r = ask('柳岸县残疾人康复中心2025年的事业收入和政府性基金拨款各是多少？')
    expect(r.answer).toMatch(/事业收入为15\.00万元/)
    expect(r.answer).toMatch(/政府性基金预算拨款为5\.00万元/)
  })
})
