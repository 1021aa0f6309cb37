import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21: reasons given as a list. A 决算's gap reasons listed after the sentence of the subject's 年初预算 and
 * 决算 (一是…；二是…；三是…), and a change said inside an item of the reasons (rule reason-item-before). Made-up units.
 */
const FINAL = [
  '柳岸县人民法院2021年度“三公”经费决算说明',
  '一、2021年度“三公”经费支出决算情况说明',
  '2021年度一般公共预算财政拨款“三公”经费支出年初预算60.5万元,支出决算52.30万元,完成年初预算的86.45%。决算数小于年初预算数的主要原因:一是通过政府采购方式,节约了财政资金;二是严格控制公务接待规模;三是减少了公务用车使用频次。',
].join('\n')
const BUDGET = [
  '青岚县体育中心2025年部门预算',
  '一、部门收支总体情况',
  '2025年支出预算600.00万元，比上年增加40.00万元。主要原因：一是筹备县第三届全民运动会，体育竞赛支出增加25.00万元；二是人员调资，人员支出相应增加。',
  '二、一般公共预算支出情况',
  '体育竞赛（项）60.00万元，主要用于县级赛事组织。',
  '三、“三公”经费预算情况',
  '2025年“三公”经费财政拨款预算12.20万元，比上年减少1.80万元，下降12.86%。其中：因公出国（境）费0万元；公务接待费2.20万元；公务用车购置及运行维护费10.00万元。下降原因主要是压减公务用车运行费用。',
].join('\n')
const extra = await readSources([
  { name: 'liuan-fy-2021-sgjs.txt', bytes: new TextEncoder().encode(FINAL) },
  { name: 'qinglan-tyzx-2025-bmys.txt', bytes: new TextEncoder().encode(BUDGET) },
])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('reasons given as a list', () => {
  it('a 决算 below its 年初预算: every listed reason, under the sentence of the subject’s figures', () => {
    const r = engine.ask({ question: '柳岸县人民法院2021年三公决算为什么低于预算？' })
    expect(r.answer).toContain('政府采购')
    expect(r.answer).toContain('公务用车使用频次')
  })
  it('a change said inside an item of the reasons: the item is its reason', () => {
    const r = engine.ask({ question: '青岚县体育中心2025年体育竞赛支出为什么增加？' })
    expect(r.answer).toContain('全民运动会')
    expect(r.answer).not.toContain('人员调资')
  })
  it('a reason said after the change’s breakdown into its parts (rule reason-after-parts)', () => {
    const r = engine.ask({ question: '青岚县体育中心三公经费为什么下降？' })
    expect(r.answer).toContain('1.80万元')
    expect(r.answer).toContain('压减公务用车运行费用')
  })
})

describe('a 三公 决算 page’s "支出预算为…，支出决算为…"', () => {
  it('gives the year’s budget beside what was spent', async () => {
    const page = ['柳岸县中医医院2017年部门决算公开信息', '五、“三公”经费支出决算情况说明',
      '2017年度一般公共预算财政拨款“三公”经费支出预算为10.50万元,支出决算为11.07万元,完成预算105.43%。'].join('\n')
    const e = createEngine(buildCorpus(seedSources(await readSources([{ name: 'liuan-zyy-2017-js.txt', bytes: new TextEncoder().encode(page) }]))).corpus)
    const r = e.ask({ question: '柳岸县中医医院2017年三公经费预算多少，实际花了多少？' })
    expect(r.answer).toContain('10.50万元')
    expect(r.answer).toContain('11.07万元')
  })
})
