import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/** Session 42: two years' budgets of one item asked of a 预算 printing 2024年预算数 | 2025年预算数 (made-up office). */
const DOC = [
  '岑溪县槿园街道办事处2025年部门预算', '',
  '表七 “三公”经费支出预算表', '', '单位：元', '',
  ['项目', '2024年预算数', '2025年预算数'].join('\t'),
  ['合计', '80,000.00', '64,000.00'].join('\t'),
  ['因公出国（境）费', '0.00', '0.00'].join('\t'),
  ['公务用车运行维护费', '50,000.00', '40,000.00'].join('\t'),
  ['公务接待费', '30,000.00', '24,000.00'].join('\t'),
].join('\n')

describe('two years’ budgets of one item, each a column of the 预算', () => {
  const engine = engineWith([{ name: 'cenxi-jyjd-2025-ys.txt', bytes: new TextEncoder().encode(DOC) }])

  it('reads each year’s 预算数 column', () => {
    const a = engine.ask({ question: '槿园街道公务接待费2024年预算和2025年预算分别是多少？' }).answer
    expect(a).toContain('30,000.00元')
    expect(a).toContain('24,000.00元')
  })
})
