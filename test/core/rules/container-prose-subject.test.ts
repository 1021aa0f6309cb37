import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20 (rule subject-in-container): "预算里X安排了多少" names the budget only as where to look. A subject only the
 * prose states with its figure is answered as that subject, never as the budget's total; one it never states is
 * not found. A made-up bureau whose page has no tables.
 */
const PAGE = [
  '柳岸县公安局2019年部门预算',
  '三、支出预算',
  '柳岸县公安局2019年支出预算16947.30万元。',
  '1.按支出功能分类:公共安全支出14007.53万元;其他监狱支出553.40万元;住房保障支出779.74万元。',
].join('\n')
const extra = await readSources([{ name: 'liuan-gaj-2019-bmys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a subject asked inside the budget, stated only in the prose', () => {
  it('is read as that subject, never as the total', () => {
    const r = ask('柳岸县公安局2019年预算里其他监狱支出安排了多少？')
    expect(r.answer).toContain('553.40万元')
    expect(r.answer).not.toContain('16947.30')
  })
  it('a subject the prose never states is still not found', () => {
    const r = ask('柳岸县公安局2019年预算里警犬训练费安排了多少？')
    expect(r.answer).toMatch(/没有找到/)
    expect(r.answer).not.toContain('16947.30')
  })
})
