import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 31: a department's people stated whole ("本部门编制人数…，实有在职人员…，退休人员…") and then unit by unit
 * in a 其中 list ("其中：某局（机关）编制…；某中心编制…、实有…、退休…"). The department asked is the whole; a unit's
 * line answers only that unit asked by name (rule unit-part-count); its retired are read beside its staff when asked.
 * Made-up names and figures.
 */
const TEXT = [
  '溪桥县农业农村局2025年部门预算',
  '第一部分 部门概况',
  '一、人员情况',
  '截至2024年12月31日，本部门编制人数58人，实有在职人员52人，退休人员27人。其中：溪桥县农业农村局（机关）编制20人、实有19人、退休10人；溪桥县农业技术推广中心编制38人、实有33人、退休17人。',
].join('\n')

describe('a department’s people and its units’', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xiqiao-nyncj-2025-bmys.txt', bytes: new TextEncoder().encode(TEXT) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('answers the department with its whole', () => {
    expect(ask('溪桥县农业农村局编制多少人')).toContain('58人')
    const a = ask('溪桥县农业农村局实有人数')
    expect(a).toContain('52人')
    expect(a).not.toMatch(/33人|19人/)
  })
  it('reads the retired beside the staff when asked', () => {
    const a = ask('溪桥县农业农村局编制多少人，实有多少，退休多少？')
    expect(a).toContain('58人')
    expect(a).toContain('52人')
    expect(a).toContain('27人')
    expect(a).not.toMatch(/17人|10人/)
  })
  it('answers a unit asked by name with its own line', () => {
    expect(ask('溪桥县农业技术推广中心实有多少人')).toContain('33人')
    expect(ask('溪桥县农业农村局机关编制多少人')).toContain('20人')
  })
})
