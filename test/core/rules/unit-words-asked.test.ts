import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 25: a county school's 单位预算 and a hospital's 决算 概况 (made up: 柳岸县, 桐江州).
 * - "某县教育局部门预算": 局 before 部门 ends the unit's name (局部 is a word only without 门): a bureau not held is
 *   never answered by the school of the same county;
 * - rule qualified-side-total: "食堂伙食收入预算" asks that item's income, not the budget's whole;
 * - schools by their short names: 职业高级中学 → 职高;
 * - a group of people the prose counts after its body's name (医院在岗职工2507人, 全院女职工), the question's 在 kept.
 */
const SCHOOL = [
  '柳岸县职业高级中学2025年单位预算',
  '一、单位基本情况',
  '学校核定事业编制120名；2024年秋季学期在校学生1,800人。',
  '二、收支预算情况',
  '2025年收入预算20,000,000.00元，其中：一般公共预算拨款收入18,000,000.00元，事业收入2,000,000.00元。',
  '三、项目支出情况',
  '1.中职学生国家助学金900,000.00元，按每生每年2,000元标准资助。',
].join('\n')
const HOSPITAL = [
  '桐江州人民医院2017年决算公开',
  '一、单位概况',
  '桐江州人民医院是一所三级综合医院。医院在岗职工1850人，其中具有博士或硕士学历学位210人；全院女职工1200人。',
  '二、收入支出决算情况',
  '2017年收入决算为98,000.00万元。',
].join('\n')

const STREET = [
  '柳岸街道办事处2024年度部门决算',
  '一、一般公共预算财政拨款支出决算情况说明',
  '（三）具体使用情况。1.城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）。年初预算为3,800,000.00元，支出决算为4,281,650.00元，完成年初预算的112.67%。',
  '二、一般公共预算财政拨款基本支出决算明细表',
  '单位：元',
  '经济科目编码\t科目名称\t决算数',
  '30201\t办公费\t86,240.50',
  '30216\t培训费\t7,260.00',
  '公用经费合计\t\t93,500.50',
  '三、项目支出决算表',
  '单位：元',
  '项目名称\t合计\t财政拨款\t其他资金',
  '街道“智慧社区”平台运维\t500,000.00\t450,000.00\t50,000.00',
  '社区党群服务阵地运行保障\t300,000.00\t300,000.00\t0.00',
  '合计\t800,000.00\t750,000.00\t50,000.00',
].join('\n')

describe('unit words in a question, an item’s side, a group of people', async () => {
  const extra = await readSources([
    { name: 'liuan-jd-2024-js.txt', bytes: new TextEncoder().encode(STREET) },
    { name: 'liuan-zhigao-2025.txt', bytes: new TextEncoder().encode(SCHOOL) },
    { name: 'tongjiang-hospital-2017.txt', bytes: new TextEncoder().encode(HOSPITAL) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('never answers a bureau of the county with its school: 局 before 部门 is the bureau', () => {
    const a = ask('柳岸县教育局部门预算总额多少')
    // the bureau asked is said not to be held, never looked up in the school's document
    expect(a).toContain('没有找到“柳岸县教育局”')
    expect(a).not.toContain('2,000.00万元')
  })
  it('reads an item named before a side’s whole as that item, not the whole', () => {
    expect(ask('柳岸县职业高级中学食堂伙食收入预算多少')).toContain('没有找到')
    expect(ask('柳岸县职业高级中学收入预算多少')).toContain('2,000.00万元')
  })
  it('knows a school by its short name', () => {
    expect(orgAliases('柳岸县职业高级中学').map((a) => a.form)).toContain('柳岸职高')
    expect(ask('柳岸职高中职国家助学金安排了多少')).toContain('90.00万元')
    // (session 48: 初级中学 is said 初中, "西川初中")
    expect(orgAliases('环县西川初级中学').map((a) => a.form)).toContain('西川初中')
  })
  it('never gives another item’s 年初预算 for an item the prose states none of (rule generic-subject-of-other)', () => {
    const a = ask('柳岸街道培训费年初预算多少')
    expect(a).not.toContain('380.00万元')
    expect(a).not.toContain('3,800,000')
  })
  it('reads a project named after its unit’s level from the words after the unit’s name, and its source column (rule level-led-row)', () => {
    const r = engine.ask({ question: '柳岸街道“智慧社区”平台运维项目里其他资金多少' })
    expect(r.answer).toContain('5.00万元')
    expect(r.citations.map((c) => ('rowName' in c ? c.rowName : ''))).toEqual(['街道“智慧社区”平台运维'])
  })
  it('counts a group of people printed after its body’s name', () => {
    expect(ask('桐江州人民医院在岗职工有多少人')).toContain('1850人')
    // (a student said short as 生, counted at a time, with a thousands separator)
    expect(ask('柳岸职高在校生多少人')).toContain('1,800人')
  })
})
