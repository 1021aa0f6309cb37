import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (from blind76's 旗 report held without its name): a question asking of a government's whole level (全县,
 * 县本级, 全旗) with no place named is that level's government's, never a department's that happens to print the subject.
 * Made-up places and figures.
 */
const DEPT = [
  '青岚县应急管理局2024年度部门决算',
  '一、收入支出决算总体情况说明',
  '本年收入合计2,670.13万元。',
  '表一 收入支出决算总表',
  '单位：万元',
  '收入项目\t决算数\t支出项目\t决算数',
  '一般公共预算财政拨款收入\t2,670.13\t公共安全支出\t2,670.13',
  '本年收入合计\t2,670.13\t本年支出合计\t2,670.13',
].join('\n')
const COUNTY = [
  '关于青岚县2024年预算执行情况和2025年预算草案的报告',
  '一、2024年预算执行情况',
  '全县一般公共预算收入完成83,318万元，增长2%。其中县本级一般公共预算收入51,900万元。',
].join('\n')

describe('rule level-asked', () => {
  it('never answers 全县 or 县本级 from a department that prints the subject', () => {
    const engine = engineWith([{ name: 'qinglan-yjj-2024-final.txt', bytes: enc(DEPT) }, { name: 'qinglan-swj-2024-final.txt', bytes: enc(DEPT.replace(/应急管理局/g, '商务局').replace(/2,670\.13/g, '1,200.00')) }])
    for (const q of ['全县一般公共预算收入是多少', '县本级一般公共预算收入完成多少']) {
      const a = engine.ask({ question: q }).answer
      expect(a).not.toContain('2,670.13')
      expect(a).not.toContain('1,200.00')
      expect(a).toMatch(/没有|未/)
    }
  })

  it('answers 全县 from the county’s own report when one is held beside departments', () => {
    const engine = engineWith([
      { name: 'qinglan-yjj-2024-final.txt', bytes: enc(DEPT) },
      { name: 'qinglan-swj-2024-final.txt', bytes: enc(DEPT.replace(/应急管理局/g, '商务局').replace(/2,670\.13/g, '1,200.00')) },
      { name: 'qinglan-2025-budget-report.txt', bytes: enc(COUNTY) },
    ])
    const a = engine.ask({ question: '全县一般公共预算收入完成多少' }).answer
    expect(a).toContain('83,318万元')
    expect(a).not.toContain('2,670.13')
  })

  it('leaves a department named in the question its own', () => {
    const engine = engineWith([{ name: 'qinglan-yjj-2024-final.txt', bytes: enc(DEPT) }])
    expect(engine.ask({ question: '青岚县应急管理局2024年一般公共预算财政拨款收入多少' }).answer).toContain('2,670.13万元')
  })
})
