import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { subjectsOnce } from '../../../server/core/planner/rules/repeated-subject.js'
import type { ConceptHit } from '../../../server/core/planner/question-frame.js'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')
/** Two made-up 部门预算 (no real organisation or figure), each printing 印刷费 and 邮电费 in its 基本支出表. */
const budget = (org: string, print: string, post: string) =>
  [
    `${org}2025年部门预算`,
    '',
    '表3 一般公共预算基本支出表',
    '单位：万元',
    T('经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费'),
    T('', '合计', '90.00', '60.00', '30.00'),
    T('30101', '基本工资', '60.00', '60.00', ''),
    T('30202', '印刷费', print, '', print),
    T('30207', '邮电费', post, '', post),
  ].join('\n')
const engine = engineWith([
  { name: 'lanxi-dag-2025.txt', bytes: new TextEncoder().encode(budget('澜溪县档案馆', '12.50', '17.50')) },
  { name: 'lanxi-qxj-2025.txt', bytes: new TextEncoder().encode(budget('澜溪县气象局', '8.25', '21.75')) },
])

describe('rule repeated-subject: a subject written again is the same subject, read once', () => {
  it('keeps the first writing of each subject and every different one', () => {
    const hit = (name: string, start: number, extra: Partial<ConceptHit> = {}): ConceptHit => ({ name, kind: 'row', start, end: start + name.length, surface: name, ...extra })
    const once = subjectsOnce([hit('印刷费', 0), hit('邮电费', 3), hit('印刷费', 6), hit('印刷费', 9, { role: 'basic' })])
    expect(once.map((c) => [c.name, c.start, c.role])).toEqual([['印刷费', 0, undefined], ['邮电费', 3, undefined], ['印刷费', 9, 'basic']])
  })

  it('keeps two wordings read as one concept (a part and its whole: 本年收入 占 收入总计)', () => {
    const part: ConceptHit = { name: '收入', kind: 'lexicon', start: 0, end: 4, surface: '本年收入' }
    const whole: ConceptHit = { name: '收入', kind: 'lexicon', start: 5, end: 9, surface: '收入总计' }
    expect(subjectsOnce([part, whole])).toEqual([part, whole])
  })

  it('a question writing one subject forty times reads one subject', () => {
    const frame = parseQuestion(engine.corpus, `澜溪县档案馆${'邮电费'.repeat(40)}`)
    expect(frame.concepts.map((c) => c.name)).toEqual(['邮电费'])
  })

  it.each([
    ['澜溪县档案馆', '17.50万元'],
    ['澜溪县气象局', '21.75万元'],
  ])('answers %s’s 邮电费 asked forty times exactly as asked once, with the same tool calls', (org, figure) => {
    const once = engine.ask({ question: `${org}邮电费是多少` })
    const many = engine.ask({ question: `${org}${'邮电费'.repeat(40)}是多少` })
    expect(once.answer).toContain(figure)
    expect(many.answer).toBe(once.answer)
    expect(many.toolCalls).toEqual(once.toolCalls)
    expect(many.citations).toEqual(once.citations)
  })

  it('two subjects each written many times are two subjects', () => {
    const r = engine.ask({ question: `澜溪县气象局${'印刷费邮电费'.repeat(20)}` })
    expect(r.answer).toContain('8.25万元')
    expect(r.answer).toContain('21.75万元')
  })
})
