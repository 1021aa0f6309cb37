import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 43: a fee asked with its qualifier ("公务用车运行维护费") where the prose first prints two items' fee together
 * ("公务用车购置及运行维护费358万元"): that joint fee is never the one asked (rule qualified-fee, its own mention). Made-up county.
 */
const DOC = [
  '关于澄岭县2024年预算执行情况和2025年预算草案的报告', '',
  '二、2025年预算草案',
  '“三公”经费预算612万元，比上年预算减少38万元，下降5.8%，其中因公出国（境）费0万元，', '公务用车购置及运行维护费358万元（购置费60万元、运行维护费298万元），公务接待费254万元。',
  '附表2025年一般公共预算收支预算表', '单位：万元',
  ['项目', '2024年执行数', '2025年预算数'].join('\t'),
  ['税收收入', '4000', '4100'].join('\t'),
  ['收入总计', '4000', '4100'].join('\t'),
  ['201 一般公共服务支出', '4000', '4100'].join('\t'),
  ['支出总计', '4000', '4100'].join('\t'),
].join('\n')

describe('a qualified fee whose words a joint item holds', () => {
  const engine = engineWith([{ name: 'chengling-czj-2025-ysbg.txt', bytes: new TextEncoder().encode(DOC) }])

  it('never gives the joint item\'s fee', () => {
    expect(engine.ask({ question: '澄岭县2025年公务用车运行维护费安排多少？' }).answer).not.toContain('358万元')
  })
})
