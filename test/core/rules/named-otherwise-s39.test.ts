import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind87's hospital budget and provincial execution report): a unit its title names with its
 * district and its sentences with its city alone is found by either name, and its parent read from "是…下属单位"; a
 * province's report of part of a year is that province's 财政预算, found by its 财政厅 too, its presenter asked "是谁".
 * Made-up places and figures.
 */
const HOSPITAL = [
  '沅宁市青浦区第六人民医院2024年单位预算',
  '第一部分 沅宁市第六人民医院概况',
  '一、单位主要职责',
  '沅宁市第六人民医院是沅宁市青浦区卫生健康委员会下属单位,主要职责是:负责辖区居民的基本医疗和公共卫生服务。',
  '二、人员构成',
  '编制人数48人,实有人数90人,其中:在职人数45人,退休人员45人。',
  '第二部分 2024年单位预算情况说明',
  '沅宁市第六人民医院2024年收入预算1,120.50万元,比上年增加40.20万元,增长3.72%。',
].join('\n')

const PROVINCE = [
  '——2023年9月20日在澜北省第十四届人民代表大会常务委员会第五次会议上',
  '澜北省财政厅厅长 周明远',
  '各位副主任、秘书长、各位委员:',
  '现将2023年1—7月省本级预算及省总预算执行情况报告如下。',
  '一、1—7月预算执行情况',
  '1—7月,全省一般公共预算收入1520.6亿元,完成预算的58.1%,比上年同期增长4.2%。其中:省本级收入210.3亿元,增长2.1%。',
  '全省一般公共预算支出3310.8亿元,增长3.9%,其中民生支出增长4%,占一般公共预算支出79.6%。',
  '(二)政府性基金预算执行情况',
  '1—7月,全省政府性基金预算收入610.2亿元,完成预算的35.1%,下降12.4%,其中:省本级收入8.6亿元。',
].join('\n')

describe('rule body-also-named', () => {
  const engine = engineWith([{ name: 'yuanning-qingpu-6yy-2024-dwys.txt', bytes: enc(HOSPITAL) }])
  it('finds the unit by the name its sentences give it', () => {
    const a = engine.ask({ question: '沅宁市第六人民医院2024年收入预算是多少？' }).answer
    expect(a).toContain('1,120.50万元')
    expect(a).not.toMatch(/没有找到/)
  })
  it('reads its parent from "是…下属单位"', () => {
    expect(engine.ask({ question: '沅宁市第六人民医院是哪个部门下属的单位？' }).answer).toContain('卫生健康委员会')
  })
  it('does not give a name the page never writes (another district\'s hospital)', () => {
    expect(engine.ask({ question: '沅宁市第七人民医院2024年收入预算是多少？' }).answer).not.toContain('1,120.50')
  })
})

describe('a province\'s report of part of a year', () => {
  const engine = engineWith([{ name: 'lanbei-czt-2023-1to7-zxbg.txt', bytes: enc(PROVINCE) }])
  it('is the province\'s, found by its 财政厅, and a 预算 (its execution), never a 决算', () => {
    const doc = engine.corpus.documents.find((d) => d.file.startsWith('lanbei'))!
    expect(doc.org).toBe('澜北省')
    expect(doc.scope).toBe('财政预算')
    const a = engine.ask({ question: '澜北省财政厅1—7月全省一般公共预算收入多少' }).answer
    expect(a).toContain('1520.6亿元')
    expect(a).not.toContain('决算')
  })
  it('reads the 本级 share stated by its side word alone ("其中:省本级收入…")', () => {
    const a = engine.ask({ question: '澜北省本级1到7月一般公共预算收入是多少' }).answer
    expect(a).toContain('210.3亿元')
    expect(a).not.toContain('1520.6')
  })
  it('reads the change after the rate of the budget completed', () => {
    expect(engine.ask({ question: '澜北省1—7月全省政府性基金预算收入比上年同期增长还是下降' }).answer).toContain('比上年下降12.4%')
  })
  it('reads a share printed after a change, with no amount', () => {
    expect(engine.ask({ question: '澜北省1-7月民生支出占一般公共预算支出比重多少' }).answer).toContain('79.6%')
  })
  it('says who made the report when asked "是谁"', () => {
    expect(engine.ask({ question: '澜北省2023年1—7月预算执行情况是谁向省人大常委会报告的？' }).answer).toContain('周明远')
  })
})

describe('a place\'s finance department given as the source of the whole place\'s figures', () => {
  const NEWS = [
    'https://example.org/news/2017/1001.html',
    '澜北省财政厅发布信息显示,2016年全省一般公共预算收入完成3210亿元,比上年同口径增长6.5%;一般公共预算支出完成5120亿元,增长4.1%。',
  ].join('\n')
  const engine = engineWith([{ name: 'lanbei-czt-2016-news.txt', bytes: enc(NEWS) }])
  it('makes the page that place\'s', () => {
    expect(engine.corpus.documents.find((d) => d.file.startsWith('lanbei-czt-2016'))!.org).toBe('澜北省')
    expect(engine.ask({ question: '澜北省2016年全省一般公共预算收入是多少' }).answer).toContain('3210亿元')
  })
})
