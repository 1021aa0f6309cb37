import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 47 (blind103's county hospital 单位预算): a project asked with its table's columns ("…项目，财政拨款和事业收入各出
// 多少") was answered with its total and indicators only; two indicators asked of one project ("设备验收合格率和患者满意度
// 要求多少") got the first one only.
const PAGE = [
  '岚谷县人民医院2025年单位预算',
  '表4 项目支出表',
  '单位：万元',
  '项目名称\t科目编码\t合计\t财政拨款\t事业收入',
  '医疗设备购置项目\t2100201\t1860.00\t600.00\t1260.00',
  '住院楼附属工程及维修改造项目\t2100201\t742.50\t200.00\t542.50',
  '合计\t\t2602.50\t800.00\t1802.50',
  '表7 项目支出绩效目标表',
  '项目名称\t一级指标\t二级指标\t三级指标\t指标值',
  '医疗设备购置项目\t产出指标\t数量指标\t购置医疗设备数量\t26台（套）',
  '医疗设备购置项目\t产出指标\t质量指标\t设备验收合格率\t100%',
  '医疗设备购置项目\t满意度指标\t服务对象满意度指标\t患者满意度\t≥90%',
  '住院楼附属工程及维修改造项目\t产出指标\t数量指标\t维修改造面积\t6200平方米',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'langu-rmyy-2025-dwys.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule project-columns', () => {
  it('reads the project’s row at each column asked', () => {
    const r = ask('岚谷县人民医院住院楼附属工程及维修改造项目，财政拨款和事业收入各出多少').answer
    expect(r).toContain('200.00万元')
    expect(r).toContain('542.50万元')
  })
})

describe('rule each-indicator', () => {
  it('answers every indicator asked of the project', () => {
    const r = ask('岚谷县人民医院医疗设备购置项目的绩效目标里，设备验收合格率和患者满意度要求多少').answer
    expect(r).toContain('100%')
    expect(r).toContain('90%')
  })
})
