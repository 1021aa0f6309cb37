import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a 支出决算表 that splits its 合计 first by unit (本级, each unit, no 其中 and no code) and then by subject
 * (coded rows): the units are read as the table's per-unit rows when they add up to the 合计 (rule of-which-units), and
 * the two blocks are two breakdowns of one total, each adding up to it (rule two-breakdowns), never one list adding to
 * twice the total. Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜塬市水务局2024年度部门决算</title></head><body>
<p>澜塬市水务局2024年度部门决算</p>
<table>
<tr><td colspan="5">支出决算表</td></tr>
<tr><td colspan="4">部门：澜塬市水务局</td><td>单位：元</td></tr>
<tr><td>科目编码</td><td>科目名称</td><td>本年支出合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>10,000,000.00</td><td>6,000,000.00</td><td>4,000,000.00</td></tr>
<tr><td></td><td>澜塬市水务局（本级）</td><td>6,000,000.00</td><td>4,000,000.00</td><td>2,000,000.00</td></tr>
<tr><td></td><td>澜塬市水资源服务中心</td><td>4,000,000.00</td><td>2,000,000.00</td><td>2,000,000.00</td></tr>
<tr><td>213</td><td>农林水支出</td><td>10,000,000.00</td><td>6,000,000.00</td><td>4,000,000.00</td></tr>
<tr><td>21303</td><td>水利</td><td>10,000,000.00</td><td>6,000,000.00</td><td>4,000,000.00</td></tr>
<tr><td>2130301</td><td>行政运行</td><td>6,000,000.00</td><td>6,000,000.00</td><td>0.00</td></tr>
<tr><td>2130399</td><td>其他水利支出</td><td>4,000,000.00</td><td>0.00</td><td>4,000,000.00</td></tr>
</table>
</body></html>`

describe('a total split by unit and then by subject', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanyuan-slj-2024-bmjs.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reconciles the two breakdowns', () => expect(corpus.documents[0].tables[0].reconciled).toBe('ok'))
  it('answers a unit from its row', () => {
    const a = ask('澜塬市水资源服务中心项目支出多少')
    expect(a).toContain('200.00万元')
    expect(a).not.toContain('没有单列')
  })
})
