import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 37 (read after blind83 was scored): a 三公 table whose rows are its stages ("预算数", "决算数") and whose
 * columns are its items (合计, 因公出国（境）费, 公务用车购置及运行费, 公务接待费): asked both stages, each is its own row's
 * figure, never the 预算数 row's 合计 said twice (rule stage-rows). Made-up organisation and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄水县档案馆2024年部门决算</title></head><body>
<p>澄水县档案馆2024年部门决算</p>
<p>表七 财政拨款“三公”经费支出决算表</p>
<p>单位：万元</p>
<table>
<tr><td>项目</td><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td>预算数</td><td>8.40</td><td>0.00</td><td>6.00</td><td>2.40</td></tr>
<tr><td>决算数</td><td>7.15</td><td>0.00</td><td>5.20</td><td>1.95</td></tr>
</table>
</body></html>`

describe('a 三公 table whose rows are its stages', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'chengshui-dag-2024-bmjs.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('answers each stage from its own row', () => {
    const a = engine.ask({ question: '澄水县档案馆2024年三公经费预算数和决算数分别是多少' }).answer
    expect(a).toContain('8.40万元')
    expect(a).toContain('7.15万元')
  })
})
