import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22: "某中心和某县残联的编制数各是多少": the kind of the first body named (中心) prefers a centre's sentences
 * only in the centre's own document; the 残联's count is its department's (核定编制35名), never its 综合服务中心's.
 * Made-up bodies and counts.
 */
const CENTRE = ['青梧市肿瘤防治中心2025年单位预算', '一、人员构成情况', '青梧市肿瘤防治中心人员编制总数 28 名,其中:全额事业编制 28 名。'].join('\n')
const FEDERATION = [
  '柳岸县残疾人联合会2025年部门预算',
  '二、机构设置',
  '截至2024年底,本部门核定编制35名,实有在职人员31人。其中:机关本级编制12名、实有11人;综合服务中心编制8名、实有7人。',
].join('\n')

describe('a count asked of two bodies of different kinds', async () => {
  const extra = await readSources([
    { name: 'qingwu-zlzx-2025.txt', bytes: new TextEncoder().encode(CENTRE) },
    { name: 'liuan-cl-2025.txt', bytes: new TextEncoder().encode(FEDERATION) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('each body\'s own count', () => {
    const r = engine.ask({ question: '青梧市肿瘤防治中心和柳岸县残联的编制数各是多少？' })
    expect(r.answer).toContain('28名')
    expect(r.answer).toContain('35名')
    expect(r.answer).not.toContain('编制：8名')
  })
})
