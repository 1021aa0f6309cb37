import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'
import { factsSource } from './facts-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([factsSource()])).ask({ question })
const ORG = '青岚区文化旅游局'

describe('a whole and its parts (rule concept-parts)', () => {
  it('lists every kind of 政府采购 with its figure when the kinds are asked', () => {
    const res = ask(`${ORG}2025年政府采购预算是多少，都是什么类型？`)
    expect(res.answer).toContain('210.00万元')
    for (const part of ['货物类：30.00万元', '工程类：100.00万元', '服务类：80.00万元']) expect(res.answer).toContain(part)
    expect(res.citations.every((c) => c.docId.startsWith('qinglan'))).toBe(true)
  })

  it('reads "买些什么" of a 政府采购 as its kinds asked', () => {
    const res = ask(`${ORG}2025年政府采购预算多少？买些什么？`)
    for (const part of ['货物类：30.00万元', '工程类：100.00万元', '服务类：80.00万元']) expect(res.answer).toContain(part)
  })

  it('answers the part named, with its share when 占 is asked', () => {
    const res = ask(`${ORG}2025年政府采购预算是多少？工程采购占多少？`)
    expect(res.answer).toContain('工程类：100.00万元')
    expect(res.answer).toContain('47.62%')
    expect(res.answer).not.toContain('货物类')
  })

  it('reads a 三公 part from the 三公 table, not the 基本支出 table’s 30217 row', () => {
    const res = ask(`${ORG}2025年“三公”经费里的公务接待费是多少？`)
    expect(res.answer).toContain('4.30万元')
    expect(res.answer).not.toContain('2.00万元')
    expect(res.citations.some((c) => c.tableTitle?.includes('三公') && c.rowName === '公务接待费')).toBe(true)
  })

  it('names every 三公 component, zeros included, when asked what they are', () => {
    const res = ask(`${ORG}2025年“三公”经费多少？都是什么费用？`)
    expect(res.answer).toContain('12.30万元')
    expect(res.answer).toMatch(/因公出国\(境\)费：0/)
    expect(res.answer).toContain('公务用车购置及运行费：8.00万元')
    expect(res.answer).toContain('公务接待费：4.30万元')
  })
})

describe('the units a budget covers (rule composition-ask, tool find-composition)', () => {
  it('answers whether a unit has its own budget from the 机构设置 statement, quoted', () => {
    const res = ask('青岚区文物保护站单列预算吗？')
    expect(res.answer).toContain('不单列预算')
    expect(res.answer).toContain('纳入局本部统一编报')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', docId: 'qinglan_wenlv_2025' })
  })

  it('quotes the whole statement when the units are asked', () => {
    const res = ask(`${ORG}部门预算包括哪些单位？`)
    expect(res.answer).toContain('图书馆')
    expect(res.answer).toContain('文物保护站')
    expect(res.answer).not.toMatch(/万元/)
  })

  it('reads 编制 in 预算编制范围 as drawing the budget up, not as the staffing count', () => {
    const res = ask(`纳入${ORG}2025年部门预算编制范围的单位有哪些？`)
    expect(res.answer).toContain('图书馆')
    expect(res.answer).toContain('文物保护站')
    expect(res.answer).not.toMatch(/编制数量|名/)
  })

  it('does not take the department itself, or a unit of another place, for a unit of the statement', () => {
    expect(ask('澄湖市青岚区农业农村局单列预算吗？').answer).toContain('没有找到')
  })
})

describe('counts and subjects no row names', () => {
  it('answers two counts of one subject from the 三公 table’s statistic rows (rule statistic-ask)', () => {
    const res = ask(`${ORG}2025年计划公务接待多少批次、多少人？`)
    expect(res.answer).toContain('6批次')
    expect(res.answer).toContain('45人')
    expect(res.citations.map((c) => c.rowName)).toEqual(['公务接待批次（批）', '公务接待人数（人）'])
  })

  it('reads counts in 批次/人次 the prose states right after their subject', () => {
    const res = ask(`${ORG}2025年外事接待多少批次、多少人次？`)
    expect(res.answer).toContain('2批次')
    expect(res.answer).toContain('15人次')
    expect(res.citations[0].kind).toBe('paragraph')
    expect(res.citations[0].text).toContain('外事接待2批次，15人次')
    expect(res.answer).not.toContain('6批次')
  })

  it('finds no one’s salary in a budget and offers no total instead (rule subject-in-container)', () => {
    const res = ask(`${ORG}2025年部门预算里，局长的年薪是多少？`)
    expect(res.answer).toContain('没有找到')
    expect(res.answer).not.toMatch(/\d万元/)
  })

  it('leaves the whole to the other rules when the words after 部门预算里 ask the whole itself', () => {
    expect(ask(`${ORG}2025年部门预算中的规模是多少？`).answer).not.toContain('“规模”')
  })
})

describe('a project’s own page (tool find-project-budget)', () => {
  it('reads the total and a part after 其中, 万 standing for 万元, citing the page title', () => {
    const res = ask(`${ORG}2025年非遗保护传承专项总预算是多少？其中展演活动多少？`)
    expect(res.answer).toContain('360.00万元')
    // (the page's bare 万 is read as 万元 in its meaning view, so the part is read as any prose figure is)
    expect(res.answer).toMatch(/展演活动[^。]{0,12}240\.00万元/)
    expect(res.citations.some((c) => c.text === '非遗保护传承专项经费情况说明')).toBe(true)
  })
})
