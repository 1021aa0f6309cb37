import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a place's report listing several subjects before one figure ("科学技术支出、住房保障支出、债务付息支出等
 * 其他支出48835万元"): the figure is the group's, never the first name's alone (rule grouped-items). Made-up figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚城区2024年财政决算报告</title></head><body>
<p>岚城区2024年财政决算报告</p>
<p>2024年,岚城区全区一般公共预算支出250000万元。其中,教育支出80000万元,同比增加2.26%;农林水支出30000万元;科学技术支出、住房保障支出、债务付息支出等其他支出48000万元,同比增加1.50%。</p>
</body></html>`

describe('a figure printed for a group of subjects', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lancheng-czj-2024-js.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('never gives the group’s figure for its first subject', () => {
    expect(ask('岚城区2024年科学技术支出是多少')).not.toContain('48000万元')
  })
  it('still reads a subject printed with its own figure', () => {
    expect(ask('岚城区2024年教育支出是多少')).toContain('80000万元')
  })
})
