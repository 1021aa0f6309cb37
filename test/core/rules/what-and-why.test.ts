import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 24: what a figure is and why it moved, as citizens ask it.
 * - usage words: "是什么收入", "是什么项目", "拿去干嘛" ask what the money is ("…，为…供养费");
 * - rule parts-sum-reason: a whole whose change is the sum of its parts' changes, each with its reason;
 * - rule total-of-unknown: "国有资产总额" is no total of the budget;
 * - a source of a project's money asked alone is answered alone (row-fund-columns);
 * - 退役军人局 is the 退役军人事务局.
 * A made-up county bureau (柳岸县退役军人事务局).
 */
const DOC = [
  '柳岸县退役军人事务局2025年部门预算公开',
  '一、收入预算情况',
  '2025年部门收入预算200.00万元。其中：一般公共预算拨款收入180.00万元，占90.00%；事业收入8.00万元，占4.00%，为光荣院代养优抚对象个人缴纳的供养费；上年结转12.00万元，占6.00%，为2024年未完工的烈士陵园修缮项目资金。',
  '二、“三公”经费预算情况',
  '2025年“三公”经费财政拨款预算5.00万元，比2024年预算5.90万元减少0.90万元，下降15.25%。其中：因公出国（境）费0.00万元，与上年持平；公务用车运行维护费3.00万元，比上年减少0.50万元，主要是车辆更新后维修费用减少；公务接待费2.00万元，比上年减少0.40万元，主要是严格执行公务接待标准。',
  '三、项目支出情况',
  '表3 项目支出表',
  '单位：万元',
  '项目名称\t合计\t一般公共预算\t事业收入',
  '合计\t50.00\t42.00\t8.00',
  '优抚对象集中供养补助\t30.00\t22.00\t8.00',
  '烈士陵园修缮\t20.00\t20.00\t0.00',
  '四、其他重要事项的情况说明',
  '截至2024年底，本部门共有车辆2辆。',
].join('\n')

describe('what a figure is, and why it moved', async () => {
  const extra = await readSources([{ name: 'la-tyjr-2025.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question })
  it('says what an income is, in the document\'s words', () => {
    expect(ask('柳岸县退役军人局那8万事业收入是什么收入').answer).toContain('为光荣院代养优抚对象个人缴纳的供养费')
    expect(ask('柳岸县退役军人事务局上年结转的12万是什么项目？').answer).toContain('为2024年未完工的烈士陵园修缮项目资金')
  })
  it('gives a whole the reasons of the parts whose changes make up its change', () => {
    const r = ask('柳岸县退役军人事务局三公经费为什么下降')
    expect(r.answer).toContain('车辆更新后维修费用减少')
    expect(r.answer).toContain('严格执行公务接待标准')
  })
  it('does not answer a thing\'s total with the budget\'s', () => {
    const r = ask('柳岸县退役军人事务局国有资产总额是多少')
    expect(r.answer).toContain('没有找到')
    expect(r.answer).not.toContain('200.00')
  })
  it('answers a source of a project\'s money alone when it alone is asked', () => {
    const r = ask('柳岸县退役军人事务局优抚对象集中供养补助里一般公共预算安排多少')
    expect(r.answer).toContain('22.00万元')
    expect(r.answer).not.toContain('30.00')
    expect(ask('柳岸县退役军人事务局优抚对象集中供养补助一共多少，其中一般公共预算多少').answer).toContain('30.00万元')
  })
})
