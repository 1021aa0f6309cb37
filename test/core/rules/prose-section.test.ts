import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { proseSubjects } from '../../../server/core/tools/lib/prose-subjects.js'
import { engineWith } from '../seed-engine.js'
import { proseSectionSources } from './prose-section-fixture.js'

let engine: Engine | undefined
const eng = () => (engine ??= engineWith(proseSectionSources()))
const ask = (question: string) => eng().ask({ question })
const SCHOOL = '柳湾镇中心小学'

describe('a section heading names the subject of the amount its paragraph opens with (rule heading-subject)', () => {
  it('reads "(二)支出预算:…年初预算数532.40万元" as 支出预算 532.40万元, and only the opening amount', () => {
    const doc = eng().corpus.documents.find((d) => d.org === SCHOOL)!
    const heads = proseSubjects(doc).filter((s) => s.fromHeading)
    expect(heads.map((s) => [s.subject, s.amount])).toEqual([['收入预算', '532.40'], ['支出预算', '532.40']])
  })

  it('computes a share whose whole only the heading names, saying it is computed and from what', () => {
    const res = ask(`${SCHOOL}2025年教育支出占支出预算的比例`)
    expect(res.answer).toContain('84.76%')
    expect(res.answer).toContain('451.26万元 ÷ 532.40万元')
    expect(res.answer).toContain('计算得出')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [8, 8] })
  })

  it('reads the reason of a change from the paragraph of the subject asked, not the sibling section’s', () => {
    const res = ask(`${SCHOOL}支出预算比上年增加多少，为什么`)
    expect(res.answer).toContain('增加43.10万元')
    expect(res.answer).toContain('教师绩效工资调标')
    expect(res.answer).not.toContain('其他收入增加15万元')
    expect(res.citations.every((c) => c.lines[0] === 8)).toBe(true)
    const income = ask(`${SCHOOL}收入预算比上年增加多少，为什么`)
    expect(income.answer).toContain('其他收入增加15万元')
    expect(income.answer).not.toContain('教师绩效工资调标')
  })
})

describe('a 财政预算 reports the year before as executed (rule executed-year)', () => {
  const PLACE = '桐溪区'
  it('answers the year before from its 执行情况 section, quoted, said to be the 执行数 the next year’s document reports', () => {
    const res = ask(`${PLACE}2025年财政总收入多少`)
    expect(res.answer).toContain('2025年财政总收入为286亿元（执行数）')
    expect(res.answer).toContain('2026年财政预算文件')
    expect(res.answer).toContain('（第4行）')
    expect(res.answer).not.toContain('300亿元')
    expect(res.citations).toHaveLength(1)
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [4, 4] })
    expect(res.citations[0].section).toContain('2025年预算执行情况')
  })

  it('quotes the completion rate stated right after the subject’s amount', () => {
    const res = ask(`${PLACE}2025年地方一般公共预算收入完成调整预算的百分之几`)
    expect(res.answer).toContain('完成调整预算的101.3%')
    expect(res.answer).toContain('152.4亿元')
  })

  it('never gives another subject’s rate, nor a draft-year figure for the year before', () => {
    const rate = ask(`${PLACE}2025年财政总收入完成调整预算的百分之几`)
    expect(rate.answer).not.toContain('101.3%')
    const draftOnly = ask(`${PLACE}2025年政府性基金预算收入多少`)
    expect(draftOnly.answer).not.toContain('45亿元')
    expect(draftOnly.citations).toHaveLength(0)
  })

  it('reads a 政府预算公开 as the place’s 财政预算, and its execution, never the plan it restates first', () => {
    const doc = eng().corpus.documents.find((d) => d.file === 'yuchuan-2023-gov-budget.txt')!
    expect([doc.org, doc.year, doc.scope]).toEqual(['榆川市', 2023, '财政预算'])
    const general = ask('榆川市2022年一般公共预算收入是多少')
    expect(general.answer).toContain('800000万元（执行数）')
    expect(general.answer).not.toContain('480000')
    // "完成了多少", "完成数是多少" ask the amount, not a completion rate
    expect(ask('榆川22年地方财政收入一共完成了多少').answer).toContain('2022年地方财政收入为1400000万元（执行数）')
    expect(ask('2022年度榆川市地方一般公共预算收入完成数是多少？').answer).toContain('400000万元（执行数）')
    // a subject the draft year's prose might also be read for: the year asked is read first
    const debt = ask('榆川市2022年新增地方政府债务收入多少')
    expect(debt.answer).toContain('300000万元（执行数）')
    expect(debt.citations).toHaveLength(1)
  })

  it('a 财政预算 asked the year’s plan gives the plan it restates; several subjects asked at once, each', () => {
    const plan = ask('榆川市2022年一般公共预算收入年初安排了多少？')
    expect(plan.answer).toContain('480000万元（年初预算安排数）')
    expect(plan.answer).not.toContain('800000')
    const both = ask('榆川市2022年税收收入和政府非税收入分别是多少？')
    expect(both.answer).toContain('税收收入为200000万元')
    expect(both.answer).toContain('政府非税收入为200000万元')
  })

  it('a 三公 预算 page states last year’s execution in sentences of that year: read from them, its budget never', () => {
    const doc = eng().corpus.documents.find((d) => d.file === 'liuan-2025-sangong.txt')!
    expect([doc.org, doc.year, doc.scope]).toEqual(['柳岸县', 2025, '三公经费预算'])
    expect(ask('柳岸县2024年三公经费实际花了多少？').answer).toContain('2024年三公经费为210.95万元（执行数）')
    expect(ask('柳岸县2024年公务接待费执行了多少？').answer).toContain('98.37万元（执行数）')
    // the page's own year asked: its own sentence, never the year before's printed first (rule other-year-before)
    const own = ask('柳岸县2025年公务接待费预算多少')
    expect(own.answer).toContain('91.34万元')
    expect(own.answer).not.toContain('98.37')
    // the budget of that year is no execution: worked out from the change the page states, or not found
    const budget = ask('柳岸县2024年三公经费预算数是多少？')
    expect(budget.answer).not.toContain('210.95')
  })

  it('the meeting a report was made at, and the body that made it, from the report’s head (rule report-head)', () => {
    const meeting = ask('榆川市这份预算报告是在哪次会议上、哪天作的？')
    expect(meeting.answer).toContain('2023年1月10日在榆川市第十届人民代表大会第三次会议上')
    expect(meeting.citations.length).toBeGreaterThan(0)
    expect(ask('榆川市的预算草案报告是哪个单位作的？').answer).toContain('由榆川市财政局作')
    // a document with no such head: left to the other rules, never a made-up meeting
    expect(ask('柳湾镇中心小学的预算报告是在哪次会议上作的？').answer).not.toContain('人民代表大会')
  })

  it('a year the document neither drafts nor reports stays not held', () => {
    const res = ask(`${PLACE}2024年财政总收入多少`)
    expect(res.answer).toContain('没有收录')
    expect(res.answer).not.toMatch(/286|300/)
  })
})
