import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: "三公里面公务用车购置费多少" asks the 购置费, never the whole 公务用车购置及运行费 whose alias 公务用车 stands
 * right before it (rule concept-parts: a part's alias qualifying the next subject is not that part named); a part named
 * before its whole with a share asked ("公务用车费用在三公经费里占比") is that part's share of it. Made-up figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑陵区教育局2025年部门预算</title></head><body>
<p>岑陵区教育局2025年部门预算</p>
<p>表7 岑陵区教育局2025年一般公共预算“三公”经费支出表</p><p>单位：元</p>
<table>
<tr><td>合计</td><td>因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td></td><td></td><td>小计</td><td>购置费</td><td>运行费</td><td></td></tr>
<tr><td>326,000.00</td><td>0.00</td><td>298,000.00</td><td>160,000.00</td><td>138,000.00</td><td>28,000.00</td></tr>
</table>
</body></html>`

describe('a part of the 三公 asked by its full name after the whole', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'cenling-jyj-2025-dept.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('answers 购置费, not 购置及运行费', () => {
    const a = engine.ask({ question: '岑陵区教育局三公里面公务用车购置费多少' }).answer
    expect(a).toMatch(/16\.00万元|160,000/)
    expect(a).not.toMatch(/29\.80万元|298,000/)
  })
  it('reads a part named before its whole as that part’s share of it', () => {
    // 公务用车费用 is the 公务用车购置及运行费 (298,000 of 326,000), never its 购置费 line alone
    const a = engine.ask({ question: '岑陵区教育局公务用车费用在三公经费里占比多少？' }).answer
    expect(a).toContain('91.41%')
    expect(engine.ask({ question: '岑陵区教育局公务接待费占三公经费的比重' }).answer).toContain('8.59%')
  })
  it('still lists the whole item asked by its own name', () => {
    expect(engine.ask({ question: '岑陵区教育局三公经费里公务用车购置及运行费多少' }).answer).toMatch(/29\.80万元|298,000/)
  })
})
