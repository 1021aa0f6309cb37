import { describe, expect, it } from 'vitest'
import { isSourceYear } from '../../../server/core/planner/rules/source-year.js'
import { engineWith } from '../seed-engine.js'

describe('rule source-year', () => {
  const at = (q: string, y: string) => isSourceYear(q, q.indexOf(y), q.indexOf(y) + y.length)
  it.each([['按2026年预算表中的上年数', '2026年'], ['根据2024年决算文件', '2024年'], ['从2026年部门预算公开里看', '2026年']])('%s names the document', (q, y) => {
    expect(at(`某局2025年支出是多少（${q}）`, y)).toBe(true)
  })
  it.each([['比2024年预算增加多少', '2024年'], ['2026年预算表里有什么', '2026年']])('%s is a year asked', (q, y) => {
    expect(at(`某局${q}`, y)).toBe(false)
  })
})

// a 2026 budget that prints the year before beside its own
const doc = [
  '青禾县柳林街道办事处2026年部门预算', '',
  '表5 一般公共预算支出表', '单位：万元',
  '科目编码\t科目名称\t2025年预算数\t2026年预算数',
  '合计\t\t802.40\t815.75',
  '201\t一般公共服务支出\t802.40\t815.75',
].join('\n')

describe('a year naming the table read from is no second year asked', () => {
  const engine = engineWith([{ name: 'liulin-2026-budget.txt', bytes: new TextEncoder().encode(doc) }])
  it('the 2025 figure from the 2026 budget’s prior-year column, not a comparison stating 2026’s', () => {
    const r = engine.ask({ question: '柳林街道办事处2025年一般公共预算支出预算是多少（按2026年预算表中的上年数）？' })
    expect(r.answer).toContain('802.40')
    expect(r.answer).not.toContain('815.75')
  })
})
