import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (from blind84's township self-evaluation): a rate asked by its own name is the percentage the prose
 * prints after it, with its comparison, never an amount (支出及时率 is no 支出预算). Made-up place and figures.
 */
const REPORT = [
  '青岚镇人民政府2024年度绩效自评报告',
  '一、单位基本情况',
  '2024年度财政拨款收入合计1,830.20万元,财政拨款支出合计1,830.20万元,预算执行率99.6%。核心绩效目标:资金支出率≥95%、支出及时率≥90%。',
].join('\n')

describe('rule named-rate', () => {
  const engine = engineWith([{ name: 'qinglan-zhen-2024-jxzp.txt', bytes: enc(REPORT) }])
  it('answers each rate by its name, never the amount beside it', () => {
    const a = engine.ask({ question: '青岚镇2024年预算执行率是多少？' }).answer
    expect(a).toContain('99.6%')
    expect(a).not.toMatch(/预算为1,?830\.20万元/)
    expect(engine.ask({ question: '青岚镇的支出及时率目标是多少？' }).answer).toContain('≥90%')
    expect(engine.ask({ question: '青岚镇绩效目标里资金支出率要求达到多少' }).answer).toContain('≥95%')
  })
  it('leaves an amount asked to the amount readers', () => {
    expect(engine.ask({ question: '青岚镇2024年财政拨款收入合计多少' }).answer).toContain('1,830.20万元')
  })
})
