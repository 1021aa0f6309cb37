import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: a 基本支出表 by economic class whose items say their kind of cost in a column of their own and which closes
 * with 人员经费合计, 公用经费合计 and 基本支出合计. The two halves split the whole (303's items are 人员经费 too): they add up
 * to 基本支出合计 together and are no total of the rows above them (rule basic-halves-totals), so no false "its sums
 * disagree"; and "基本支出里人员经费和公用经费各多少" reads those two lines (rule basic-halves-as-rows). Made-up figures.
 */
const page = (personnel: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚石县林业局2025年部门预算</title></head><body>
<p>岚石县林业局2025年部门预算</p>
<p>表3 岚石县林业局2025年一般公共预算基本支出表（按经济分类科目）</p>
<p>单位：万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>金额</td><td>经费类型</td></tr>
<tr><td>301</td><td>工资福利支出</td><td>500.00</td><td></td></tr>
<tr><td>30101</td><td>基本工资</td><td>300.00</td><td>人员经费</td></tr>
<tr><td>30102</td><td>津贴补贴</td><td>200.00</td><td>人员经费</td></tr>
<tr><td>302</td><td>商品和服务支出</td><td>80.00</td><td></td></tr>
<tr><td>30201</td><td>办公费</td><td>50.00</td><td>公用经费</td></tr>
<tr><td>30211</td><td>差旅费</td><td>30.00</td><td>公用经费</td></tr>
<tr><td>303</td><td>对个人和家庭的补助</td><td>20.00</td><td></td></tr>
<tr><td>30305</td><td>生活补助</td><td>20.00</td><td>人员经费</td></tr>
<tr><td></td><td>人员经费合计</td><td>${personnel}</td><td></td></tr>
<tr><td></td><td>公用经费合计</td><td>80.00</td><td></td></tr>
<tr><td></td><td>基本支出合计</td><td>600.00</td><td></td></tr>
</table>
</body></html>`

describe('人员经费合计 and 公用经费合计 closing a 基本支出表', async () => {
  const build = async (personnel: string) => {
    const { corpus } = buildCorpus(await readSources([{ name: 'lanshi-lyj-2025-dept.html', bytes: new TextEncoder().encode(page(personnel)) }]))
    return { corpus, engine: createEngine(corpus) }
  }
  it('reads the halves as the split of the whole, no disagreement found', async () => {
    const { engine } = await build('520.00')
    const r = engine.ask({ question: '岚石县林业局2025年基本支出里人员经费和公用经费各多少？' })
    expect(r.answer).toMatch(/人员经费[^。]*520\.00万元/)
    expect(r.answer).toMatch(/公用经费[^。]*80\.00万元/)
    expect(r.answer).not.toMatch(/不一致|对不上/)
  })
  it('still finds halves that do not add up to the whole', async () => {
    const { engine } = await build('510.00')
    const r = engine.ask({ question: '岚石县林业局2025年基本支出里人员经费多少' })
    expect(r.answer).toMatch(/对不上|不一致/)
  })
})
