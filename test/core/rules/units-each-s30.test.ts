import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 30: a department's 三公 table with one row per unit, its office printed 某局（机关）: "局机关三公经费多少" reads
 * the office's row (its 三公 is its money: rule own-office 三公), "局机关和水保站各多少" each unit's row in turn (rule
 * member-units-each, a unit's short form after 和); and a procurement split by kind whose later kinds sit after a ；
 * in the paragraph naming the whole (rule parts-in-paragraph). Made-up county, names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>问答｜岚溪县林业局2025年部门预算解读</title></head><body>
<h1>岚溪县林业局2025年部门预算解读</h1>
<p>问：政府采购预算是多少？</p>
<p>答：2025年政府采购预算90.00万元，其中：货物类20.00万元，为防火物资采购；工程类50.00万元，为林道维修；服务类20.00万元，为病虫害监测服务。</p>
<p>表7 岚溪县林业局2025年一般公共预算“三公”经费支出表</p>
<table border="1"><tr><td colspan="7">单位：元</td></tr>
<tr><td>单位名称</td><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td></td><td></td><td>公务接待费</td></tr>
<tr><td></td><td></td><td></td><td>小计</td><td>公务用车购置费</td><td>公务用车运行维护费</td><td></td></tr>
<tr><td>合计</td><td>91,000.00</td><td>0.00</td><td>61,000.00</td><td>0.00</td><td>61,000.00</td><td>30,000.00</td></tr>
<tr><td>岚溪县林业局（机关）</td><td>72,000.00</td><td>0.00</td><td>48,000.00</td><td>0.00</td><td>48,000.00</td><td>24,000.00</td></tr>
<tr><td>岚溪县森林病虫害防治检疫站</td><td>19,000.00</td><td>0.00</td><td>13,000.00</td><td>0.00</td><td>13,000.00</td><td>6,000.00</td></tr>
</table></body></html>`

describe('units of a department asked each, and a procurement split by kind', async () => {
  const sources = await readSources([{ name: 'lanxi-lyj-2025-ys.html', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(sources).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the office printed 某局（机关） for 局机关’s 三公', () => {
    const a = ask('岚溪县林业局局机关三公经费多少')
    expect(a).toContain('72,000.00元')
    expect(a).not.toContain('91,000.00')
  })

  it('answers each unit named', () => {
    const a = ask('岚溪县林业局三公经费局机关和检疫站各多少？')
    expect(a).toContain('72,000.00元')
    expect(a).toContain('19,000.00元')
  })

  it('answers a follow-up naming only another unit with the table the turn before asked', () => {
    const first = '岚溪县林业局局机关三公经费多少'
    const history = [{ role: 'user' as const, content: first }, { role: 'assistant' as const, content: ask(first) }]
    const a = engine.ask({ question: '那森林病虫害防治检疫站呢？', history }).answer
    expect(a).toContain('19,000.00元')
  })

  it('reads every kind of the procurement from the paragraph naming it', () => {
    const a = ask('岚溪县林业局政府采购里货物、工程、服务各多少？')
    expect(a).toContain('货物类：20.00万元')
    expect(a).toContain('工程类：50.00万元')
    expect(a).toContain('服务类：20.00万元')
  })
})
