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
  '四、一般公共预算支出情况',
  '2025年一般公共预算支出180.00万元，比2024年预算190.00万元减少10.00万元。一般公共预算安排“三公”经费5.00万元，比上年减少0.90万元，原因是压减公务接待。',
  '五、其他重要事项的情况说明',
  '截至2024年底，本部门共有车辆2辆。',
].join('\n')

/** A prose-only page of a county's government office, naming itself by its short form (政府办). */
const OFFICE = [
  '柳岸县人民政府办公室2024年部门预算公开',
  '一、部门基本情况',
  '本办共有预算单位3个。编制数为 45人,其中行政编制26人,全额补助事业编制19人。实有人数47人,其中在职37人,包括行政编制24人,全额补助事业编13人,退休11人。',
  '二、收入预算情况',
  '2024年柳岸县政府办收入预算总额为938.15万元,比上年增加32.67万元,原因是人员工资基数增加。',
].join('\n')

describe('what a figure is, and why it moved', async () => {
  const extra = await readSources([
    { name: 'la-tyjr-2025.txt', bytes: new TextEncoder().encode(DOC) },
    { name: 'la-zfb-2024.txt', bytes: new TextEncoder().encode(OFFICE) },
  ])
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
  it('reads a fund\'s change from its own sentence, never from a sentence of what the fund pays for', () => {
    const r = ask('柳岸县退役军人事务局2025年一般公共预算比上年多了还是少了？差多少？')
    expect(r.answer).toContain('10.00万元')
    expect(r.answer).not.toContain('0.90')
  })
  it('reads an office\'s budget stated under its short name, and its 编制 bare, not a part of it', () => {
    expect(ask('柳岸县政府办24年收入预算总额').answer).toContain('938.15万元')
    const r = ask('柳岸县政府办编制多少人')
    expect(r.answer).toContain('45人')
    expect(r.answer).not.toMatch(/编制：24人/)
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
