import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21: a 三公 table by unit whose total row names its year and stage ("2025年预算数合计"), last year's total
 * printed under it ("2024年预算数"): the department's 三公 is that total, never its first unit's row. Made-up county.
 */
const PAGE = [
  '青岚县文体中心2025年部门预算',
  '一、收支预算总体情况',
  '2025年收入预算600.00万元，支出预算600.00万元。',
  '表七 2025年一般公共预算“三公”经费支出表（分单位）',
  '单位：元',
  '单位名称\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费',
  '青岚县文体中心（本级）\t30,000.00\t0.00\t20,000.00\t10,000.00',
  '青岚县业余体校\t42,000.00\t0.00\t34,000.00\t8,000.00',
  '2025年预算数合计\t72,000.00\t0.00\t54,000.00\t18,000.00',
  '2024年预算数\t80,000.00\t0.00\t60,000.00\t20,000.00',
].join('\n')
const extra = await readSources([{ name: 'qinglan-wtzx-2025-bmys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('a total row named with its own year and stage', () => {
  it('is the 三公 asked, not the first unit', () => {
    const r = engine.ask({ question: '青岚县文体中心2025年三公经费预算是多少？' })
    expect(r.answer).toContain('72,000.00元')
    expect(r.answer).not.toContain('30,000.00元')
  })
  it('its change against last year’s total printed under it', () => {
    const r = engine.ask({ question: '青岚县文体中心2025年三公经费比上年少了多少？' })
    expect(r.answer).toContain('8,000.00元')
  })
})

describe('a weak subject qualified by words no document holds, a year between them', () => {
  it('is not the department’s whole: "某县城乡居民医保基金2024年收入" is the fund’s, not held', () => {
    const r = engine.ask({ question: '青岚县城乡居民医保基金2025年收入多少？' })
    expect(r.answer).toMatch(/没有找到/)
    expect(r.answer).not.toMatch(/青岚县文体中心2025年收入/)
  })
})
