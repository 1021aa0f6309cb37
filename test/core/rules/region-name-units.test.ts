import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22: a province-level unit named with its region's name alone (广西某厅医务所) is also asked without it, and
 * by the short names everyone uses for its department (文旅厅, 卫计局, 教体局); asked so, it is that unit only, never
 * every document of the year. Made-up units and figures.
 */
const CLINIC = ['广西文化和旅游厅机关医务室2024年单位预算', '一、收支预算情况', '2024年收入总预算120.50万元,同比增加10.20万元。'].join('\n')
const OTHER = ['柳岸县住房和城乡建设局2024年部门决算', '一、收入支出决算总体情况', '2024年度收、支总计均为900.00万元。'].join('\n')
const HEALTH = ['青梧县卫生和计划生育局2019年部门预算', '一、“三公”经费预算', '“三公”经费预算支出9.80万元。'].join('\n')

describe('region-named units and department short names', async () => {
  const extra = await readSources([
    { name: 'gx-clinic-2024.txt', bytes: new TextEncoder().encode(CLINIC) },
    { name: 'la-zjj-2024.txt', bytes: new TextEncoder().encode(OTHER) },
    { name: 'qw-wjj-2019.txt', bytes: new TextEncoder().encode(HEALTH) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('文旅厅机关医务室 without 广西 is the one unit', () => {
    const r = engine.ask({ question: '文旅厅机关医务室2024年收入总预算是多少？' })
    expect(r.answer).toContain('120.50万元')
    expect(r.answer).not.toContain('900.00')
  })
  it('卫计局 is the 卫生和计划生育局', () => {
    expect(engine.ask({ question: '青梧县卫计局2019年三公经费预算多少？' }).answer).toContain('9.80万元')
  })
})
