import { describe, expect, it } from 'vitest'
import { detectOp, OP_RULES } from '../../../server/core/planner/detect-op.js'
import type { ConceptHit } from '../../../server/core/planner/question-frame.js'

/** A question as the planner reads it: the text, the kinds of concept found in it, organisations and years counted. */
interface Case {
  q: string
  concepts?: ConceptHit['kind'][]
  orgs?: number
  years?: number
  base?: boolean
  countNoun?: boolean
  /** a concept named 支出预算 (the whole budget) */
  wholeBudget?: boolean
  /** concepts with their names (a stated count of the lexicon) */
  named?: [ConceptHit['kind'], string][]
}

const hit = (kind: ConceptHit['kind'], name = '某科目'): ConceptHit => ({ name, kind, start: 0, end: 1, surface: name })
const ruleOf = (c: Case) =>
  detectOp(c.q, [...(c.concepts ?? []).map((k) => hit(k)), ...(c.wholeBudget ? [hit('row', '支出预算')] : []), ...(c.named ?? []).map(([k, n]) => hit(k, n))], c.orgs ?? 1, c.years ?? 1, !!c.base, !!c.countNoun).rule

/** Per rule: questions that must pick it, and questions near it that must not. Written for this test, not from a document. */
const CASES: Record<string, { pick: Case[]; not: Case[] }> = {
  'list-held': {
    pick: [{ q: '你们有哪些部门的数据', orgs: 0 }, { q: '收录了哪些单位', orgs: 0, years: 0 }],
    not: [{ q: '哪些单位的差旅费超过五万元', concepts: ['row'], orgs: 0 }],
  },
  define: {
    pick: [{ q: '什么是一般公共预算', orgs: 0 }, { q: '某县林业局文件里的事业收入具体指什么', concepts: ['row'] }],
    not: [{ q: '某县林业局的一般公共预算包括哪些', concepts: ['row'] }, { q: '差旅费最多的是什么', concepts: ['row'], orgs: 0 }, { q: '为什么差旅费的含义变了', orgs: 0 }],
  },
  breakdown: {
    pick: [{ q: '这个局的钱主要花在哪了' }, { q: '支出结构是怎样的', wholeBudget: true }],
    not: [{ q: '差旅费都花在什么地方', concepts: ['row'] }, { q: '为什么钱都花在哪些地方' }],
  },
  'what-money': {
    pick: [{ q: '某局上年结转资金多少？是什么钱？', concepts: ['row'] }, { q: '某局政府采购预算多少？买什么？', concepts: ['lexicon'] }, { q: '采购了哪些东西', concepts: ['lexicon'] }, { q: '某局的事业收入是哪来的', concepts: ['row'] }, { q: '其他收入来源是什么', concepts: ['row'] }],
    not: [{ q: '是什么钱' }, { q: '上年结转是什么钱，为什么增加', concepts: ['row'] }, { q: '政府采购预算是多少', concepts: ['lexicon'] }],
  },
  usage: {
    pick: [{ q: '项目支出主要用于什么', concepts: ['row'] }, { q: '培训费的用途', concepts: ['row'] }],
    not: [{ q: '主要用于什么' }, { q: '培训费用途为什么变了', concepts: ['row'] }],
  },
  reason: {
    pick: [{ q: '差旅费为什么减少', concepts: ['row'] }, { q: '会议费增加的原因', concepts: ['row'] }],
    not: [{ q: '差旅费减少了多少', concepts: ['row'] }],
  },
  'project-share': {
    pick: [{ q: '文物修复项目占项目支出的比例是多少', concepts: ['project', 'column'] }],
    not: [{ q: '文物修复项目的执行率是多少', concepts: ['project', 'column'] }, { q: '文物修复项目占多少', concepts: ['project'] }],
  },
  target: {
    pick: [{ q: '智慧林场项目怎么样', concepts: ['project'] }, { q: '有哪些绩效指标' }, { q: '今年安排了哪些项目' }],
    not: [{ q: '实行绩效目标管理的项目有几个', countNoun: true }, { q: '绩效评价经费多少钱' }],
  },
  'count-share': {
    pick: [{ q: '在职人员占编制数的比例', named: [['count', 'staff-actual'], ['count', 'staffing']] }],
    not: [{ q: '在职人员和编制各多少', named: [['count', 'staff-actual'], ['count', 'staffing']] }, { q: '公务接待费占三公经费的比例', concepts: ['row', 'row'] }],
  },
  'stated-count': {
    pick: [{ q: '国内公务接待了多少批次', named: [['count', 'reception-batches']] }, { q: '公务用车保有量多少辆', named: [['count', 'vehicles-held']] }],
    not: [{ q: '图书馆计划接待读者多少人次', named: [['count', 'reception-visits']] }, { q: '公务接待费是多少', concepts: ['row'] }],
  },
  count: {
    pick: [{ q: '机关有多少个编制', concepts: ['count'] }, { q: '纳入绩效目标管理的项目有几个', countNoun: true }],
    not: [{ q: '编制内人员的工资福利支出多少', concepts: ['count', 'row'] }],
  },
  share: {
    pick: [{ q: '工资福利支出占基本支出的比重', concepts: ['row', 'row'] }, { q: '差旅费所占份额', concepts: ['row'] }],
    not: [{ q: '工资福利支出比基本支出少多少', concepts: ['row', 'row'] }, { q: '公务接待费比上年少了多少 下降百分比', concepts: ['row'] }],
  },
  remainder: {
    pick: [{ q: '某小学收入预算中一般公共预算拨款以外的部分有多少', concepts: ['lexicon', 'row'] }, { q: '某局收入预算中事业单位经营收入以外的部分是多少', concepts: ['lexicon'] }],
    not: [{ q: '某局除了一般公共预算拨款还有什么收入', concepts: ['row'] }, { q: '某局收入预算以外还有什么', concepts: ['lexicon'] }],
  },
  growth: {
    pick: [{ q: '会议费的增长率是多少', concepts: ['row'] }, { q: '培训费比上年下降了百分之几', concepts: ['row'] }, { q: '培训费比上年涨了百分之多少', concepts: ['row'] }, { q: '会议费涨幅多大', concepts: ['row'] }],
    not: [{ q: '会议费比上年增长了多少', concepts: ['row'] }],
  },
  'which-moved': {
    pick: [{ q: '甲局、乙局、丙中心三家的会议费，哪家比上年增加了？增长多少？', concepts: ['row'], orgs: 3 }, { q: '哪个单位的差旅费比去年减少', concepts: ['row'], orgs: 0 }],
    not: [{ q: '甲局的会议费比上年增加了多少', concepts: ['row'], orgs: 1 }, { q: '哪个单位的会议费最高', concepts: ['row'], orgs: 0 }],
  },
  rank: {
    pick: [{ q: '哪个单位的会议费最高', concepts: ['row'], orgs: 0 }, { q: '各单位差旅费排个名', concepts: ['row'], orgs: 3 }],
    not: [{ q: '该局会议费最高的一年', concepts: ['row'], orgs: 1 }],
  },
  'change-between-orgs': {
    pick: [{ q: '甲局和乙局的会议费相差多少', concepts: ['row'], orgs: 2 }],
    not: [{ q: '甲局的会议费比上年相差多少', concepts: ['row'], orgs: 1 }],
  },
  'change-over-years': {
    pick: [{ q: '会议费比上年增加多少', concepts: ['row'] }, { q: '会议费两年之间变化多少', concepts: ['row'], years: 2 }, { q: '会议费比那年多多少', concepts: ['row'], base: true }],
    not: [{ q: '基本支出比项目支出多多少', concepts: ['row', 'row'] }],
  },
  'change-between-subjects': {
    pick: [{ q: '基本支出比项目支出多多少', concepts: ['row', 'row'] }],
    not: [{ q: '基本支出比项目支出多多少', concepts: ['row'] }, { q: '基本支出和项目支出比去年各变化多少', concepts: ['row', 'row'] }],
  },
  change: {
    pick: [{ q: '会议费有什么变化', concepts: ['row'] }, { q: '会议费增减情况', concepts: ['row'] }, { q: '会议费是增是减', concepts: ['row'] }, { q: '会议费涨了还是降了', concepts: ['row'] }],
    not: [{ q: '会议费是多少', concepts: ['row'] }],
  },
  'rank-of-several': {
    pick: [{ q: '这两年哪个的会议费高', concepts: ['row'], years: 2 }],
    not: [{ q: '哪个单位的会议费最高', concepts: ['row'], orgs: 0 }, { q: '该局会议费最高的一项', concepts: ['row'] }],
  },
  compare: {
    pick: [{ q: '对比一下会议费', concepts: ['row'] }, { q: '甲局和乙局的会议费', concepts: ['row'], orgs: 2 }, { q: '两年的会议费', concepts: ['row'], years: 2 }],
    not: [{ q: '会议费是多少', concepts: ['row'] }],
  },
  sum: {
    pick: [{ q: '会议费和培训费加起来多少', concepts: ['row', 'row'] }],
    not: [{ q: '会议费一共多少', concepts: ['row'] }],
  },
}

describe('operation rules', () => {
  it('every rule has its own cases, and every rule name is unique', () => {
    expect(Object.keys(CASES).sort()).toEqual(OP_RULES.map((r) => r.name).sort())
    expect(new Set(OP_RULES.map((r) => r.priority)).size).toBe(OP_RULES.length)
  })

  describe.each(Object.entries(CASES))('%s', (name, { pick, not }) => {
    it.each(pick)('picks $q', (c) => expect(ruleOf(c)).toBe(name))
    it.each(not)('does not pick $q', (c) => expect(ruleOf(c)).not.toBe(name))
  })

  it('with no rule applying, a question is a lookup that asks no operation', () => {
    const r = detectOp('会议费是多少', [hit('row')], 1, 1, false)
    expect(r).toMatchObject({ op: 'lookup', explicit: false })
    expect(r.rule).toBeUndefined()
  })
})
