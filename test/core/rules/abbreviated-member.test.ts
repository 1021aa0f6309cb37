import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 27: a member unit asked by the short form its department's prose uses ("森林防治站" for 岚屿县森林病虫害防治
 * 检疫站), after "那" in a follow-up: the unit's own row of the per-unit table, never the department's figure; and "接待费" beside "公务用车运行费" is the 公务接待费 column. Made-up bureau.
 */
const DOC = [
  '岚屿县林业局2025年部门预算', '',
  '一、部门基本情况',
  '岚屿县林业局下属事业单位2个：岚屿县森林病虫害防治检疫站、岚屿县国有林场管理中心。', '',
  '二、收支预算情况',
  '按单位分：局本级1,200.0000万元；森林防治站300.0000万元；林场中心500.0000万元。',
  '2025年一般公共预算“三公”经费预算20.0000万元，其中：公务用车运行费15.0000万元，公务接待费5.0000万元。', '',
  '表七 2025年一般公共预算“三公”经费支出表', '', '单位：万元', '',
  ['单位名称', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'].join('\t'),
  ['', '', '', '小计', '购置费', '运行费', ''].join('\t'),
  ['合计', '20.0000', '0.0000', '15.0000', '0.0000', '15.0000', '5.0000'].join('\t'),
  ['岚屿县林业局（本级）', '12.0000', '0.0000', '8.0000', '0.0000', '8.0000', '4.0000'].join('\t'),
  ['岚屿县森林病虫害防治检疫站', '3.4000', '0.0000', '3.1000', '0.0000', '3.1000', '0.3000'].join('\t'),
  ['岚屿县国有林场管理中心', '4.6000', '0.0000', '3.9000', '0.0000', '3.9000', '0.7000'].join('\t'),
].join('\n')

describe('a member unit by its short form', async () => {
  const extra = await readSources([{ name: 'lanyu-lyj-2025-ys.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('asked after 那 in a follow-up, with 接待费 for 公务接待费', () => {
    const a = engine.ask({ question: '那森林防治站的公务用车运行费和接待费各是多少', history: [{ role: 'user', content: '岚屿县林业局2025年三公经费预算多少' }] }).answer
    expect(a).toContain('3.1000万元')
    expect(a).toContain('0.3000万元')
  })
})
