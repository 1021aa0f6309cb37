import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards a public hospital's "财务信息公示" page, one <p> per line (session 19): rule finance-notice-title (org from
 * the title, scope 单位决算, the year the latest column's), change-group (增减值 · 增减% under "2018比2017增减"), bare
 * year columns (2017年度 | 2018年度), label-over-figures (a label line with its figures alone on the next),
 * heading-before-item ("一、收入支出情况对比 (一) 收入总计"), a figure under 1万元 read in 元, and rule printed-rate
 * (the printed 增减% beside a computed change). A made-up hospital and figures.
 */
const PAGE = [
  '<html><head><meta charset="utf-8"><title>青梧县中医医院财务信息公示</title></head><body>',
  '<p>青梧县中医医院财务信息公示</p>',
  '<p>发布时间:2019-04-02 浏览量: 打印本页</p>',
  '<p>青梧县公立医院情况对比表</p>',
  '<p>单位:青梧县中医医院 单位:元</p>',
  '<p>项目及编号 2017年度 2018年度 2018比2017增减</p>',
  '<p>增减值 增减%</p>',
  '<p>一、收入支出情况对比 (一) 收入总计 42000000.00 46200000.00 4200000.00 10.00%</p>',
  '<p>1. 财政补助收入 8000000.00 9200000.00 1200000.00 15.00%</p>',
  '<p>2. 医疗收入 33500000.00 36400000.00 2900000.00 8.66%</p>',
  '<p>3. 其他收入 500000.00 600000.00 100000.00 20.00%</p>',
  '<p>(二) 支出总计 40000000.00 43000000.00 3000000.00 7.50%</p>',
  '<p>1. 医疗业务成本 30000000.00 32500000.00 2500000.00 8.33%</p>',
  '<p>2. 管理费用 10000000.00 10500000.00 500000.00 5.00%</p>',
  '<p>二、每门急诊人次平均收费水平 150.20 162.70 12.50 8.32%</p>',
  '<p>三、出院者平均医药费用</p>',
  '<p>4820.50 4733.10 -87.40 -1.81%</p>',
  '</body></html>',
].join('\n')

const extra = await readSources([{ name: 'qingwu-zyy-cwgs.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a hospital’s 财务信息公示 (rule finance-notice-title)', () => {
  it('reads the organisation from the title, the scope 单位决算, the year the latest column’s', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'qingwu-zyy-cwgs')
    expect(doc).toMatchObject({ org: '青梧县中医医院', year: 2018, scope: '单位决算' })
  })
})

describe('its table: bare year columns, a change group, a heading run into its first item', () => {
  it('reads 收入总计 of the later year', () => {
    const r = ask('青梧县中医医院2018年收入总计是多少？')
    expect(r.answer).toContain('46200000.00元')
    expect(r.answer).not.toContain('42000000.00')
    expect(r.citations[0]?.docId).toBe('qingwu-zyy-cwgs')
  })

  it('reads the earlier year from its own column', () => {
    const r = ask('青梧县中医医院2017年收入总计是多少？')
    expect(r.answer).toContain('42000000.00元')
    expect(r.answer).not.toContain('46200000.00')
  })

  it('reads a label’s figures printed alone on the next line, asked by a synonym, in 元 (rule label-over-figures)', () => {
    const r = ask('青梧县中医医院2018年出院病人平均医药费用是多少？')
    expect(r.answer).toContain('4733.10元')
    expect(r.answer).not.toMatch(/0\.4\d万元/)
    expect(r.answer).not.toContain('4820.50')
  })

  it('states a computed change and the printed 增减% beside it (rule printed-rate)', () => {
    const r = ask('青梧县中医医院2018年收入总计比2017年增加了多少？')
    expect(r.answer).toMatch(/增加4,?200,?000\.00元|增加420\.00万元/)
    expect(r.answer).toContain('10.00%')
    const down = ask('青梧县中医医院2018年出院者平均医药费用比上年变化多少？')
    expect(down.answer).toContain('减少87.40元')
    expect(down.answer).toContain('-1.81%')
  })
})
