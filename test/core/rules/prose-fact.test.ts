import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { numeralValue, tocEntryAsked } from '../../../server/core/planner/rules/toc-entry-asked.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { countNear } from '../../../server/core/tools/lib/prose.js'
import { engineWith } from '../seed-engine.js'
import { proseFactSources } from './prose-fact-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(proseFactSources())).ask({ question })
const UNIT = '云川省粮油质量监测办公室'
const MONEY = /\d+\.\d{2}万元/

describe('a unit’s parent printed only in its page’s portal box (所属机构 …)', () => {
  it('quotes the box’s label and value', () => {
    const res = ask('松溪乡卫生院是哪个部门管的？')
    expect(res.answer).toContain('所属机构 柳岸县卫生健康局')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', org: '柳岸县松溪乡卫生院' })
  })
})

describe('facts stated in a unit’s 概况 (rule prose-fact-asked)', () => {
  it.each([
    ['云川粮油质量监测办是什么性质的单位？', '参照公务员法管理事业单位'],
    [`${UNIT}的主管部门是哪个？`, '云川省粮食和物资储备局所属'],
    [`${UNIT}归谁管？`, '云川省粮食和物资储备局所属'],
  ])('%s is quoted from the 机构设置 sentence with its line', (q, words) => {
    const res = ask(q)
    expect(res.answer).toContain(words)
    expect(res.answer).toContain('第20行')
    expect(res.answer).toContain('……')
    expect(res.answer).not.toMatch(MONEY)
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', org: UNIT, lines: [20, 20] })
    expect(res.citations[0].section).toContain('机构设置')
  })

  it('quotes the duty item holding every word asked', () => {
    const res = ask(`${UNIT}承担哪个领导小组的日常工作？`)
    expect(res.answer).toContain('省粮食安全考核工作领导小组')
    expect(res.citations[0].section).toContain('职能职责')
  })

  it('says a duty is not stated rather than quoting another', () => {
    const res = ask(`${UNIT}承担哪个协调小组的办公室工作？`)
    expect(res.answer).toContain('没有找到')
    expect(res.citations).toHaveLength(0)
  })

  it('reads the Nth table from the 目录, and says when the 目录 lists no such table', () => {
    const res = ask(`${UNIT}2025年单位预算的第五张表是什么表？`)
    expect(res.answer).toContain('表5 一般公共预算支出情况表')
    expect(res.answer).not.toContain('三公')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [9, 9] })
    expect(ask(`${UNIT}2025年单位预算的第十二张表是什么表？`).answer).toContain('没有列出第十二张表')
  })

  it('counts the sections listed before their number', () => {
    const res = ask(`${UNIT}下设几个科室？`)
    expect(res.answer).toMatch(/3个/)
    expect(res.answer).toContain('检验科、监测科和财务科')
  })

  it('quotes the statement that an amount does not apply to the unit', () => {
    const res = ask(`${UNIT}2025年机关运行经费是多少？`)
    expect(res.answer).toContain('不属于机关运行经费核算范围')
    expect(res.answer).not.toMatch(MONEY)
  })

  it('leaves an amount asked of the unit to the tables', () => {
    expect(ask(`${UNIT}2025年三公经费预算多少？`).answer).toContain('6.40万元')
  })
})

describe('facts stated in a 三公 explanation', () => {
  const ORG = '澄溪县自然资源局'
  it('quotes the 开支范围 sentence for the units it covers', () => {
    const res = ask(`${ORG}三公经费开支单位包括哪些？`)
    expect(res.answer).toContain('局机关和所属2个事业单位')
    expect(res.answer).not.toMatch(MONEY)
    expect(res.citations[0].section).toContain('开支范围')
  })

  it('quotes the definition clause of what 公务用车 includes, the cut before it marked', () => {
    const res = ask(`${ORG}说明里公务用车包括哪些车？`)
    expect(res.answer).toContain('“……公务用车指用于履行公务的机动车辆，包括应急保障用车、执法执勤用车和一般公务用车。”')
  })

  it('answers 团组 and 人次 of one clause, quoting the item that names them', () => {
    const res = ask(`${ORG}组织了几个出国团组、出国多少人次？`)
    expect(res.answer).toContain('团组：1个')
    expect(res.answer).toContain('人次：3人次')
    expect(res.citations[0].text).toBe('（一）因公出国（境）费决算2.40万元……全年组织出国团组1个，出国3人次。')
  })

  it('reads 保有N辆 as the vehicles held, not the 执法执勤用车 among them', () => {
    const res = ask(`${ORG}有几辆公务用车？`)
    expect(res.answer).toContain('6辆')
    expect(res.answer).toContain('三公经费决算文件')
  })
})

describe('the pieces', () => {
  it.each([['第十张表是什么', 10], ['第3个表是什么', 3], ['表二是什么表', 2], ['第二十一张表', 21]])('%s asks entry %d', (q, n) => {
    expect(tocEntryAsked(q)?.n).toBe(n)
  })
  it('reads numerals', () => expect([numeralValue('九'), numeralValue('十四'), numeralValue('三十'), numeralValue('12')]).toEqual([9, 14, 30, 12]))
  it('leaves a question without a table number alone', () => expect(tocEntryAsked('三公经费表里接待费多少')).toBeUndefined())

  it('names a province’s unit without 省 and an office as 办', () => {
    const forms = orgAliases('云川省粮油质量监测办公室').map((a) => a.form)
    expect(forms).toEqual(expect.arrayContaining(['云川粮油质量监测办公室', '云川粮油质量监测办', '粮油质量监测办']))
  })

  it('counts across a 、-list of names but not across other words', () => {
    expect(countNear('内设办公室、规划科、执法大队3个机构', '内设', ['个'])?.amount.value).toBe('3')
    expect(countNear('内设机构调整后将于明年再增设新的业务部门共计3个', '内设', ['个'])).toBeUndefined()
  })
})
