import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (a guard from blind8, broken on the way and mended): a per-unit 三公 table printing each item under two
 * years ("2024年预算数 › 公务用车购置费 | 2025年预算数 › 公务用车购置费") gives a unit's item of the year asked, the
 * document's own, never last year's column of the same name. Made-up units and figures.
 */
const BUDGET = [
  '青岚市自然资源局2025年部门预算',
  '表七 一般公共预算“三公”经费支出表',
  '单位：万元',
  '单位名称\t2024年预算数\t\t2025年预算数\t',
  '\t公务用车购置费\t公务接待费\t公务用车购置费\t公务接待费',
  '合计\t0.00\t5.20\t25.00\t4.50',
  '青岚市自然资源局本级\t0.00\t4.60\t0.00\t3.80',
  '青岚市自然资源综合执法支队\t0.00\t0.60\t25.00\t0.70',
].join('\n')

describe('a unit’s item of the year asked', () => {
  it('reads the 2025 column, not 2024’s of the same name', () => {
    const a = engineWith([{ name: 'qinglan-zrzyj-2025-bmys.txt', bytes: enc(BUDGET) }]).ask({ question: '青岚市自然资源综合执法支队2025年公务用车购置费预算是多少？' }).answer
    expect(a).toContain('25.00万元')
  })
})
