import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 47 (blind102's 教育局 部门决算 说明, its tables lost): the year's whole is stated as "2018年收入737615447元,支出
// 743452949.21元" (a bare side word right after the year): 收入, 总支出 and the shares of them were "not found".
const PAGE = [
  '榆州区教育局2018年度部门决算公开',
  '第二部分 榆州区教育局2018年度部门决算情况说明',
  '一、收入支出决算总体情况说明:2018年收入537615447元,支出543452949.21元,因人员工资调整略有增加。',
  '二、收入决算情况说明:2018年一般公共预算财政拨款519461250元,政府性基金预算财政拨款1195000元,事业收入16959197元。',
  '三、支出决算情况说明:2018年基本支出449016833.71元(人员经费411626653.85元,日常公用经费37390179.86元),项目支出94436115.5元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'yuzhou-jyj-2018-bmjs.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule year-led-side', () => {
  it('reads the year’s whole income and spending stated after the year', () => {
    expect(ask('榆州区教育局2018年收入是多少').answer).toContain('537615447元')
    expect(ask('榆州区教育局2018年支出是多少').answer).toContain('543452949.21元')
  })
  it('sets parts against them and works out their difference', () => {
    expect(ask('榆州区教育局2018年基本支出占总支出的百分比是多少？').answer).toContain('82.62%')
    expect(ask('榆州区教育局2018年支出比收入多出多少钱').answer).toContain('5,837,502.21元')
  })
})
