import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards a county hospital's 预算审批表 with no prior-year column (session 19): rule printed-change (a change asked
 * is answered from the printed 预算增加 / 预算增长%, its direction from the sign), rule row-label-unit (units in the
 * row label, "医院总收入(万元)", "开放床位(张)"; dash items "——门诊收入" in their head's unit) and rule
 * full-place-spelling (the page's source line says 岚阳人民医院, its table captions 岚阳县人民医院: the latter is
 * the organisation). A made-up hospital and figures.
 */
const PAGE = [
  '<html><head><meta charset="utf-8"><title>https://example.org/news_52.html</title></head><body>',
  '<p>日期:2024/3/12 来源:岚阳人民医院</p>',
  '<p>2024年度财务预算经医院预算评审会、院党委会审议通过,现通知下达,请各科室严格执行。医院财务工作量预算审批表(详见附件1)、医院财务收支预算审批表(详见附件2)。</p>',
  '<p>附件1:</p>',
  '<p>2024年度岚阳县人民医院工作量预算审批表</p>',
  '<p>指标名称 | 2024年度预算数 | 预算增加 | 预算增长% |</p>',
  '<p>一、工作量指标: | |||</p>',
  '<p>1、门诊人次(人次) | 512340 | 30210 | 6% |</p>',
  '<p>二、效率指标 | |||</p>',
  '<p>1、开放床位(张) | 860 | 60 | 8% |</p>',
  '<p>2、平均住院日(天) | 7.2 | 0 | 0% |</p>',
  '<p>附件2:</p>',
  '<p>2024年度岚阳县人民医院收支预算审批表</p>',
  '<p>指标名称 | 2024年度预算数 | 预算增加 | 预算增长% |</p>',
  '<p>一、医院总收入(万元) | 39250 | 1950 | 5% |</p>',
  '<p>(一)医疗活动收入(万元) | 38600 | 3480 | 10% |</p>',
  '<p>1、医疗收入(万元) | 38600 | 3480 | 10% |</p>',
  '<p>——门诊收入 | 13420 | 1160 | 9% |</p>',
  '<p>——住院收入 | 25180 | 2320 | 10% |</p>',
  '<p>(二)财政拨款收入(万元) | 650 | -1530 | -70% |</p>',
  '<p>二、医院总支出(万元) | 40980 | 2870 | 8% |</p>',
  '<p>(一)医疗活动费用(万元) | 40980 | 2870 | 8% |</p>',
  '<p>1、医疗支出(万元) | 40980 | 2870 | 8% |</p>',
  '<p>——人员经费 | 17350 | 1420 | 9% |</p>',
  '<p>——药品费 | 9830 | -410 | -4% |</p>',
  '<p>——其他费用 | 13800 | 1860 | 16% |</p>',
  '</body></html>',
].join('\n')

const extra = await readSources([{ name: 'lanyang-rmyy-2024-ys.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('rule full-place-spelling: the organisation as the document spells it in full', () => {
  it('is 岚阳县人民医院, not the source line’s 岚阳人民医院', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'lanyang-rmyy-2024-ys')
    expect(doc?.org).toBe('岚阳县人民医院')
    expect(ask('岚阳人民医院2024年住院收入预算是多少？').answer).toContain('岚阳县人民医院')
  })
})

// (asked by the source line's own spelling, 岚阳人民医院, so the rules below are tried on either code's organisation)
describe('rule printed-change: a change with no prior-year column, as the table prints it', () => {
  it('a negative 预算增加 is a decrease, with its printed rate', () => {
    const r = ask('岚阳人民医院2024年财政拨款收入比上年变化多少？')
    expect(r.answer).toContain('650万元')
    expect(r.answer).toMatch(/减少1530万元/)
    expect(r.answer).toMatch(/下降70%/)
    expect(r.answer).not.toMatch(/增加1530|增长70%/)
  })

  it('a positive one an increase', () => {
    const r = ask('岚阳人民医院2024年医院总收入比上年增加多少？')
    expect(r.answer).toContain('39250万元')
    expect(r.answer).toMatch(/增加1950万元/)
    expect(r.answer).toMatch(/增长5%/)
  })

  it('asked as 增长 of a dash item that went down: said as 减少', () => {
    const r = ask('岚阳人民医院2024年药品费比上年增长了多少？')
    expect(r.answer).toMatch(/减少410万元/)
    expect(r.answer).not.toMatch(/增加410/)
  })
})

describe('rule row-label-unit: units printed in the row label', () => {
  it('a dash item reads in its head’s unit (——门诊收入 under 医疗收入(万元))', () => {
    const r = ask('岚阳人民医院2024年门诊收入预算多少？')
    expect(r.answer).toContain('13420万元')
    expect(r.answer).not.toContain('13420元')
  })

  it('开放床位(张) is a count of 张, never money', () => {
    const r = ask('岚阳人民医院2024年开放床位多少？')
    expect(r.answer).toContain('860张')
    expect(r.answer).not.toMatch(/860(?:\.00)?(?:万元|元)/)
  })
})
