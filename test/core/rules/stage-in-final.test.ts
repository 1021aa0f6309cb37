import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')

/** A made-up 决算 whose 三公 table prints 预算数 beside 决算数, each over the items (公务用车运行费 under a group). */
const FINAL = [
  '石湄县水文站2024年度单位决算',
  '',
  '财政拨款“三公”经费支出决算表',
  '单位：元',
  T('预算数', '', '', '', '', '决算数', '', '', '', ''),
  T('合计', '因公出国（境）费', '公务用车购置及运行费', '', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '公务接待费'),
  T('', '', '公务用车购置费', '公务用车运行费', '', '', '', '公务用车购置费', '公务用车运行费', ''),
  T('61,000.00', '0.00', '0.00', '48,000.00', '13,000.00', '52,340.00', '0.00', '0.00', '43,210.00', '9,130.00'),
].join('\n')

/** The same table in a 预算: 预算数 there is the plan itself. */
const BUDGET = [
  '石湄县水文站2025年单位预算',
  '',
  '财政拨款“三公”经费支出预算表',
  '单位：元',
  T('合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'),
  T('58,000.00', '0.00', '46,000.00', '12,000.00'),
].join('\n')

describe('rule stage-in-final: stage words in a 决算 that prints 预算数 beside 决算数', () => {
  const engine = engineWith([
    { name: 'sm-swz-2024-final.txt', bytes: new TextEncoder().encode(FINAL) },
    { name: 'sm-swz-2025-unit.txt', bytes: new TextEncoder().encode(BUDGET) },
  ])
  const ask = (question: string) => engine.ask({ question })

  it('预算数 of a 决算 is its budget column, not the 决算 printed beside it', () => {
    const r = ask('石湄县水文站2024年公务接待费预算数是多少？')
    expect(r.answer).toContain('13,000.00元')
    expect(r.answer).not.toContain('9,130.00')
    expect(r.citations[0].column).toMatch(/^预算数/)
  })

  it('no stage named: the 决算', () => {
    const r = ask('石湄县水文站2024年公务接待费是多少？')
    expect(r.answer).toContain('9,130.00元')
    expect(r.answer).not.toContain('13,000.00')
  })

  it('two stages asked in two clauses: both, each cited from its own column of the item (not the stage\'s 合计)', () => {
    const r = ask('石湄县水文站2024年公务用车运行费预算是多少元？实际花了多少元？')
    expect(r.answer).toContain('48,000.00元')
    expect(r.answer).toContain('43,210.00元')
    expect(r.answer).not.toContain('52,340.00')
    expect(r.citations.map((c) => c.column)).toEqual([expect.stringMatching(/^预算数.*公务用车运行费$/), expect.stringMatching(/^决算数.*公务用车运行费$/)])
  })

  it('预算数 of a 预算 is its plain figure', () => {
    const r = ask('石湄县水文站2025年公务接待费预算数是多少？')
    expect(r.answer).toContain('12,000.00元')
  })
})
