import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 33: a notice states a change by its rate only, with last year's amount printed ("为18万元，比去年同期16万元
 * 增长了12.5%"); asked how much more or less, the answer gives the stated change and the difference of the two printed
 * amounts, said to be computed (rule stated-baseline-difference); asked the rate, the rate as printed. Made-up figures.
 */
const NOTICE = html('岭南市水务局2018年“三公经费”使用情况', [
  '岭南市水务局2018年“三公经费”使用情况',
  '1、公务用车费：本年度公务用车费为18万元，比去年同期16万元增长了12.5%。',
  '2、公务接待费用：本年度公务接待费为9.5万元，比去年同期10万元减少了5%。',
])

describe('a change stated by its rate, the baseline amount printed', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lingnan-slj-2018-sangong.html', bytes: new TextEncoder().encode(NOTICE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('computes the difference of the two printed amounts when an amount is asked', () => {
    const up = ask('岭南市水务局2018年公务用车费比上年多了多少')
    expect(up).toContain('增长12.5%')
    expect(up).toMatch(/增加2(?:\.00)?万元/)
    const down = ask('岭南市水务局2018年公务接待费比去年少了多少钱')
    expect(down).toMatch(/减少0\.50万元|减少0\.5万元/)
  })
  it('gives the rate as printed when the rate is asked', () => {
    const a = ask('岭南市水务局2018年公务接待费比去年下降百分之几')
    expect(a).toContain('5%')
    expect(a).not.toContain('0.50万元')
  })
})

/**
 * The completion asked of a concept read by its side ("一般公共预算收入完成预算的百分之多少": 一般公共预算 with side 收入)
 * is the rate the report prints (rule stage-columns reads past the side word), never the amount.
 */
const REPORT = html('关于岭州市2024年市级财政决算（草案）的报告', [
  '受市人民政府委托，现向市人大常委会报告2024年岭州市市级财政决算（草案）有关情况，请予审议。',
  '2024年市本级一般公共预算收入86.40亿元，与执行数一致，增长6.2%，完成预算的101.8%。市本级一般公共预算支出98.30亿元，增长4.1%，完成预算的97.2%。',
])

// (another document's table prints 一般公共预算 as a row: the question's concept is then that row's, its side apart)
const BUREAU = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岭州市图书馆2025年部门预算</title></head><body>
<p>岭州市图书馆2025年部门预算</p><p>表一　部门收支总表</p><p>单位：万元</p>
<table><tr><td>项目</td><td>预算数</td></tr><tr><td>一般公共预算</td><td>900.00</td></tr><tr><td>事业收入</td><td>60.50</td></tr><tr><td>收入合计</td><td>960.50</td></tr></table>
</body></html>`

describe('a completion rate asked of a concept by its side', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingzhou-czj-2024-shiji-juesuan.html', bytes: new TextEncoder().encode(REPORT) },
    { name: 'lingzhou-tsg-2025-bmys.html', bytes: new TextEncoder().encode(BUREAU) },
  ]))
  const engine = createEngine(corpus)
  it('gives the printed rate of the side asked', () => {
    const income = engine.ask({ question: '岭州市本级一般公共预算收入完成预算的百分之多少' }).answer
    expect(income).toContain('101.8%')
    expect(income).not.toContain('97.2%')
    expect(engine.ask({ question: '岭州市本级一般公共预算支出完成预算的百分之多少' }).answer).toContain('97.2%')
  })
})

/**
 * A sentence states the subject for two years, then the change between them by their years ("2019年基本支出420.30万元，
 * 2018年基本支出515.80万元，2019年比2018年减少95.50万元"): the change is the 2019 figure's, against 2018, and the
 * figure is 420.30 (never last year's 515.80 read as the document's own).
 */
const HOSPITAL = html('岭州市妇幼保健院2019年部门预算', [
  '岭州市妇幼保健院2019年部门预算',
  '三、支出预算情况',
  '1.2019年基本支出420.30万元，2018年基本支出515.80万元，2019年比2018年减少95.50万元，减少的主要原因是退休人员经费改由社保发放。',
])

describe('a change stated between two years said by their years', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lingzhou-fybjy-2019-bmys.html', bytes: new TextEncoder().encode(HOSPITAL) }]))
  const engine = createEngine(corpus)
  it('gives this year’s figure with the change stated against the year before', () => {
    const a = engine.ask({ question: '岭州市妇幼保健院基本支出比上年减少了多少' }).answer
    expect(a).toContain('95.50万元')
    expect(a).toContain('420.30万元')
    expect(a).not.toContain('不一致')
  })
})
