import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 43: a place's bare name opening the question before its year ("湖口23年一般公共预算收入完成数") where a longer
 * run of unread words stands elsewhere in the question: the place is still the one asked, and no held document is of it;
 * never the one document that prints the row (rule unread-lead). Made-up bodies.
 */
const hospital = [
  '某某市中医医院2023年单位决算', '', '表一 收入决算表', '', '单位：万元', '',
  ['项目', '金额'].join('\t'),
  ['一般公共预算财政拨款收入', '2,301.44'].join('\t'),
  ['合计', '2,301.44'].join('\t'),
].join('\n')
const school = [
  '某某县第三中学2023年单位决算', '', '表一 支出决算表', '', '单位：万元', '',
  ['科目名称', '决算数'].join('\t'),
  ['教育支出', '900.00'].join('\t'),
  ['合计', '900.00'].join('\t'),
].join('\n')

describe('a place opening the question that no held document is of (rule unread-lead)', () => {
  const engine = engineWith([
    { name: 'zyyy-2023-dwjs.txt', bytes: new TextEncoder().encode(hospital) },
    { name: 'sanzhong-2023-dwjs.txt', bytes: new TextEncoder().encode(school) },
  ])

  it('says the place is not held, not the hospital\'s figure', () => {
    const a = engine.ask({ question: '澴口23年一般公共预算收入完成数' }).answer
    expect(a).toContain('没有找到“澴口”')
    expect(a).not.toContain('2,301.44')
  })
})
