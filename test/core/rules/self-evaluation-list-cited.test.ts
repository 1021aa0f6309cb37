import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { selfEvaluationPageSources } from './self-evaluation-page-fixture.js'

/**
 * Session 30: the projects of a 绩效自评表 listed with their money (年初预算数, 全年预算数, 全年执行数): every amount the
 * list states is cited to its cell, as any figure an answer states must be.
 */
describe('a list of self-evaluated projects and their money', async () => {
  const engine = createEngine(buildCorpus(await readSources(selfEvaluationPageSources())).corpus)

  it('cites each amount it states', () => {
    const res = engine.ask({ question: '东浦县国有林场2023年的绩效自评表列了哪些项目' })
    const stated = [...res.answer.matchAll(/(\d[\d,]*\.\d+)\s*(?:万元|元)/gu)].map((m) => m[1].replace(/,/g, ''))
    expect(stated.length).toBeGreaterThan(0)
    const cited = res.citations.map((c) => String(c.value ?? '').replace(/,/g, ''))
    for (const v of stated) expect(cited).toContain(v)
  })
})
