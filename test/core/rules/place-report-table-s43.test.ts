import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 43: a county's 预算执行情况和预算草案的报告 whose title breaks before its 和, with one table of the year before's
 * execution beside the new budget (2024年执行数 | 2025年预算数) continued over a page (续表). Held as the new year's
 * budget (fiscal-budget-title); the year before asked is read from its execution column (executed-year, its table), a
 * fund's side from that fund's own line (fund-side-line); the continued page keeps its rows' side (stacked-sides), so
 * the table's own sums agree. Made-up county.
 */
const DOC = [
  '关于澄岭县2024年预算执行情况',
  '和2025年预算草案的报告',
  '一、2024年预算执行情况',
  '全县一般公共预算收入完成6100万元，为年初预算的100.9%。',
  '——农林水支出4970万元，为预算的106.1%，增长7.2%。',
  '二、2025年预算草案',
  '全县一般公共预算收入预算6200万元，比上年执行数增长1.6%。',
  '附表2025年一般公共预算收支预算表',
  '单位：万元',
  ['项目', '2024年执行数', '2025年预算数'].join('\t'),
  ['税收收入', '4000', '4100'].join('\t'),
  ['非税收入', '2100', '2100'].join('\t'),
  ['一般公共预算收入合计', '6100', '6200'].join('\t'),
  ['上级补助收入', '20000', '21000'].join('\t'),
  ['收入总计', '26100', '27200'].join('\t'),
  ['205 教育支出', '6000', '6300'].join('\t'),
  ['20501 教育管理事务', '1000', '1100'].join('\t'),
  '附表2025年一般公共预算收支预算表（续表）',
  '单位：万元',
  ['项目', '2024年执行数', '2025年预算数'].join('\t'),
  ['20502 普通教育', '5000', '5200'].join('\t'),
  ['213 农林水支出', '4980', '4700'].join('\t'),
  ['其他支出', '15120', '16200'].join('\t'),
  ['一般公共预算支出合计', '26100', '27200'].join('\t'),
  ['支出总计', '26100', '27200'].join('\t'),
].join('\n')

describe('a county\'s budget report with its table of two years', () => {
  const engine = engineWith([{ name: 'chengling-czj-2025-ysbg.txt', bytes: new TextEncoder().encode(DOC) }])

  it('reads the year before from its execution column, the table over its prose', () => {
    const a = engine.ask({ question: '澄岭县2024年农林水支出执行数是多少？' }).answer
    expect(a).toContain('4980万元')
    expect(a).toContain('2024年执行数')
  })

  it('reads a fund\'s side from its own line, not the 收入总计 with transfers', () => {
    expect(engine.ask({ question: '澄岭县2025年一般公共预算收入预算多少？' }).answer).toContain('6200万元')
    const a = engine.ask({ question: '澄岭县2024年一般公共预算收入完成多少？' }).answer
    expect(a).toContain('6100万元')
    expect(a).not.toContain('26100')
  })

  it('reads each year asked at its own stage (rule year-own-stage)', () => {
    const a = engine.ask({ question: '澄岭县教育支出24年执行数和25年预算数分别多少' }).answer
    expect(a).toContain('6000万元')
    expect(a).toContain('6300万元')
  })

  it('finds the table\'s sums in agreement across its continued page', () => {
    expect(engine.ask({ question: '澄岭县2025年教育支出预算多少' }).answer).not.toContain('对不上')
  })
})
