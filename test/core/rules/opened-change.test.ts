import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { changeAfter } from '../../../server/core/tools/lib/prose.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule opened-change): "相比2021年的总收入5120.40减少210.30万元，下降3.95%": a comparison opening the clause
 * names the baseline year, last year's figure follows the subject without its unit, then the change. The question's
 * own words (总支出) are read before the concept's other prose forms (财政拨款支出). A made-up hospital.
 */
const PAGE = [
  '柳岸县中医医院2022年部门决算公开信息',
  '一、单位情况',
  '我院属二级甲等中医医院,财政差额补助事业单位。',
  '二、收入决算情况说明',
  '2022年总收入4910.10万元,其中:财政补助收入1800.00万元,事业收入3110.10万元。',
  '相比2021年的总收入5120.40减少210.30万元,下降4.11%。',
  '三、支出决算情况说明',
  '2022年总支出5300.00万元,其中基本支出4800.00万元,项目支出500.00万元。',
  '相比2021年的总支出4950.00增加350.00万元,增幅7.07%。',
  '四、一般公共预算财政拨款支出决算情况说明',
  '2022年度一般公共预算财政拨款支出1800.00万元,占本年支出合计的33.96%。与上年对比减少120.00万元。',
  '五、结转结余情况说明',
  '年初结转结余0.80万元,主要是校车运行补助、特岗教师经费等3项拨付经费结转。较2021年度决算数减少7.20万元,下降90.00%。',
  '使用非财政拨款结余0.30万元,较2021年度决算数1.20万元减少0.90万元。',
].join('\n')
const extra = await readSources([{ name: 'liuan-zyy-2022-js.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('rule opened-change', () => {
  it('reads the change, its baseline year and figure (in the change’s unit) and its rate', () => {
    const s = '相比2021年的总收入5120.40减少210.30万元,下降4.11%。'
    expect(changeAfter(s, s.indexOf('5120'))).toMatchObject({
      direction: 'down', amount: { value: '210.30', unit: '万元' }, baseline: '2021年', baselineAmount: { value: '5120.40', unit: '万元' }, percent: '4.11%',
    })
  })
  it('no opening comparison, no change: a bare figure and a later 增加 are not one', () => {
    const s = '总收入5120.40,其中事业收入增加210.30万元。'
    expect(changeAfter(s, s.indexOf('5120'))?.baselineAmount).toBeUndefined()
  })
  it.each([
    ['柳岸县中医医院2022年总收入比2021年是增是减？差多少？', '210.30万元', '减少'],
    ['柳岸县中医医院22年总支出比上年增加了多少？', '350.00万元', '增加'],
  ])('%s', (question, figure, word) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain(figure)
    expect(r.answer).toContain(word)
    // never the 财政拨款支出's change, another subject's
    expect(r.answer).not.toContain('120.00万元')
  })
  it('a change in the sentence after one saying what the money is made of (主要是…经费结转)', () => {
    const r = engine.ask({ question: '柳岸县中医医院年初结转结余比上年下降了百分之几？' })
    expect(r.answer).toContain('90.00%')
  })
  it('跟2021年比: the year between 跟 and 比 is the baseline, the document’s year the one asked', () => {
    const r = engine.ask({ question: '柳岸县中医医院用的非财政拨款结余跟2021年比变了多少？' })
    expect(r.answer).toContain('0.90万元')
    expect(r.answer).toContain('2022年')
  })
})
