import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 26: "某中心今年预算多少" asked in a year no document holds yet (today is 2026, the newest budget 2025): the
 * unit's row in its department's latest budget, as any other question of 今年 is answered, never "not published".
 * Made-up bureau, units and figures.
 */
const DOC = [
  '岩川市水务局2025年部门预算',
  '一、部门基本情况',
  '纳入岩川市水务局2025年部门预算编制范围的单位共2个，包括：岩川市水务局本级、岩川市水文监测中心。',
  '岩川市水务局2025年收入总表',
  '单位：万元',
  ['单位名称', '合计', '一般公共预算拨款收入', '其他收入'].join('\t'),
  ['合计', '3,000.00', '2,900.00', '100.00'].join('\t'),
  ['岩川市水务局本级', '1,800.00', '1,800.00', '0.00'].join('\t'),
  ['岩川市水文监测中心', '1,200.00', '1,100.00', '100.00'].join('\t'),
].join('\n')

describe('a member unit asked of 今年 when today is past the newest budget', async () => {
  const extra = await readSources([{ name: 'yanchuan-swj-2025.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus, undefined, { today: () => new Date('2026-12-01T00:00:00Z') })

  it('answers the unit’s row of its department’s latest budget', () => {
    const a = engine.ask({ question: '岩川市水文监测中心今年预算多少' }).answer
    expect(a).toContain('1,200.00万元')
    expect(a).not.toContain('没有找到')
  })
  it('still reads a year named outright as that year', () => {
    expect(engine.ask({ question: '岩川市水文监测中心2023年预算多少' }).answer).not.toContain('1,200.00万元')
  })
})
