import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind94's 卫健委 workbook): "基本公卫项目的人均补助标准是多少" was answered with the project's whole budget.
const DOC = [
  '青禾市卫生健康委员会2025年部门预算',
  '',
  '2025年一般公共预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t2000.00\t700.00\t1300.00',
  '2100408\t基本公共卫生服务\t1286.40\t0.00\t1286.40',
  '2100409\t重大公共卫生服务\t13.60\t0.00\t13.60',
  '',
  '2025年项目支出绩效目标表',
  '单位：万元',
  '项目名称\t一级指标\t二级指标\t三级指标\t指标值\t计量单位',
  '基本公共卫生服务\t产出指标\t成本指标\t人均基本公共卫生服务经费补助标准\t94\t元',
  '基本公共卫生服务\t产出指标\t数量指标\t65岁及以上老年人健康管理率\t≥65\t%',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-wjw-2025.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule standard-asked: a rate per head is never the subject\'s whole amount', () => {
  it('answers the standard from the indicator stating it', () => {
    const r = ask('青禾市卫健委基本公共卫生服务的人均补助标准是多少？')
    expect(r.answer).toContain('94元')
    expect(r.answer).not.toContain('1286.40')
  })
  it('says not found rather than the whole when nothing states the standard', () => {
    const r = ask('青禾市卫健委重大公共卫生服务的人均补助标准是多少？')
    expect(r.answer).not.toMatch(/预算为13\.60万元/)
  })
})
