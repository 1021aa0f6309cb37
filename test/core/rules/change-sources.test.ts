import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 24 (rules fund-narrowed-baseline, against-own-budget from the prose): where a change's two figures come from.
 * A budget whose last year is printed only in the 一般公共预算 table: the department's whole budget against last year is
 * the prose's change, never that table's. A 决算 whose prose states a subject's 年初预算 and 决算 in one sentence: the
 * gap is that sentence's, never the prose's budget against another table's 决算. Made-up bureaus of 柳岸县.
 */
const BUDGET = [
  '柳岸县档案局2025年部门预算公开',
  '一、部门收支预算总体情况',
  '2025年部门收支总预算300.00万元，比2024年预算310.00万元减少10.00万元，下降3.23%，主要原因是数字化项目完成。',
  '表1 部门收支总表',
  '单位：万元',
  '收入项目\t预算数\t支出项目\t预算数',
  '一、一般公共预算拨款收入\t280.00\t一、一般公共服务支出\t270.00',
  '二、事业收入\t20.00\t二、住房保障支出\t30.00',
  '收入总计\t300.00\t支出总计\t300.00',
  '二、一般公共预算当年拨款支出情况',
  '2025年一般公共预算当年拨款支出280.00万元，比2024年预算290.00万元减少10.00万元。',
  '表2 一般公共预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t2024年预算数\t2025年预算数\t基本支出\t项目支出\t增减额',
  '\t合计\t290.00\t280.00\t250.00\t30.00\t-10.00',
  '201\t一般公共服务支出\t262.00\t250.00\t220.00\t30.00\t-12.00',
  '221\t住房保障支出\t28.00\t30.00\t30.00\t0.00\t2.00',
].join('\n')

const FINAL = [
  '柳岸县林业局2024年度部门决算',
  '一、收入支出决算总体情况说明',
  '2024年度收入总计500.00万元，支出总计500.00万元。',
  '表一 收入支出决算总表',
  '部门：柳岸县林业局 单位：万元',
  '项目\t决算数\t项目\t决算数',
  '一、一般公共预算财政拨款收入\t450.00\t一、农林水支出\t480.00',
  '二、事业收入\t50.00\t二、住房保障支出\t20.00',
  '总计\t500.00\t总计\t500.00',
  '二、一般公共预算财政拨款支出决算情况说明',
  '1．农林水支出（类）年初预算为460.00万元，支出决算为430.00万元，完成年初预算的93.48%，决算数小于年初预算数的主要原因是造林项目延期。',
  '2．住房保障支出（类）年初预算为15.00万元，调整预算为18.00万元，支出决算为20.00万元，完成调整预算的111.11%。',
].join('\n')

describe('the two figures of a change', async () => {
  const extra = await readSources([
    { name: 'la-daj-2025.txt', bytes: new TextEncoder().encode(BUDGET) },
    { name: 'la-lyj-2024-js.txt', bytes: new TextEncoder().encode(FINAL) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('the whole budget against last year: the prose\'s change, not the 一般公共预算 table\'s', () => {
    const r = engine.ask({ question: '柳岸县档案局部门预算总额跟去年比变化多少' })
    expect(r.answer).toContain('300.00万元')
    expect(r.answer).toContain('10.00万元')
    expect(r.answer).not.toContain('280.00')
  })
  it('the fund named: that table\'s two years', () => {
    const r = engine.ask({ question: '柳岸县档案局一般公共预算支出跟去年比变化多少' })
    expect(r.answer).toContain('280.00万元')
    expect(r.answer).toContain('290.00万元')
  })
  it('a 决算 against the budget the prose states: the 决算 of that sentence', () => {
    const r = engine.ask({ question: '柳岸县林业局农林水支出决算比年初预算少了多少' })
    expect(r.answer).toContain('30.00万元')
    expect(r.answer).toContain('430.00万元')
    expect(r.answer).not.toContain('480.00')
  })
  it('the adjusted budget against the initial: the adjusted, never the 决算', () => {
    const r = engine.ask({ question: '柳岸县林业局住房保障支出调整预算比年初预算多了多少' })
    expect(r.answer).toContain('调整预算为18.00万元')
    expect(r.answer).toContain('增加3.00万元')
  })
})
