import { describe, expect, it } from 'vitest'
import { readSource } from '../../server/core/read/read-source.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { orgAliases } from '../../server/core/tools/lib/org-alias.js'
import { engineWith } from '../core/seed-engine.js'
import { readSources } from '../../server/core/ingest/build-corpus.js'

// A zone's 三公 page as such sites publish it: the particulars list with its own 摘要, a header of three rows whose
// third <tr> is empty, one data row of subjects, and the explanation.
const page = `<html><head><title>某某高新技术产业开发区(管委会)2025年一般公共预算“三公”经费预算_预决算公开</title></head><body>
<div class="info"><ul><li>索引号：000000000/2025-0007</li><li>组配分类：预决算公开</li><li>摘要：2025年一般公共预算“三公”经费支出预算99.9万元</li></ul></div>
<h1>某某高新技术产业开发区(管委会)2025年一般公共预算“三公”经费预算</h1>
<p>一、2025年一般公共预算“三公”经费支出预算表</p><p>单位:万元</p>
<table border="1">
<tr><td rowspan="3">“三公”经费合计</td><td rowspan="3">因公出国(境)费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="3">公务接待费</td></tr>
<tr><td rowspan="2">小计</td><td rowspan="2">公务用车购置费</td><td rowspan="2">公务用车运行费</td></tr>
<tr></tr>
<tr><td>61.5</td><td>5</td><td>26.5</td><td>18</td><td>8.5</td><td>30</td></tr>
</table>
<p>二、情况说明</p><p>某某高新技术产业开发区(管委会)2025年一般公共预算“三公”经费支出预算为61.5万元，比2024年预算减少2.5万元。</p>
</body></html>`
const bytes = new TextEncoder().encode(page)

describe('a development zone’s 三公 page', () => {
  it('an empty <tr> under a three-row header shortens the rowspans over it: the data row keeps its six figures', async () => {
    const r = await readSource('zone.html', bytes)
    const { document: d } = parseDocument('zone.html', r.text, r)
    const t = d.tables[0]
    expect(t.rows).toHaveLength(1)
    expect(t.rows[0].cells.filter((c) => c.amount).map((c) => c.amount!.value)).toEqual(['61.5', '5', '26.5', '18', '8.5', '30'])
    expect(t.columns.map((c) => c.label)).toContain('公务用车购置及运行费 › 公务用车运行费')
  })

  it('the zone and its 管委会 name the organisation; the title’s 三公 is the document’s kind, not 一般公共预算’s 预算', async () => {
    const r = await readSource('zone.html', bytes)
    const { document: d } = parseDocument('zone.html', r.text, r)
    expect(d.org).toBe('某某高新技术产业开发区(管委会)')
    expect(d.scope).toBe('三公经费预算')
    expect(d.metadataNeeded).toBeUndefined()
  })

  it('the site’s particulars (索引号, 摘要) are not the document: no paragraph holds the 摘要’s figure', async () => {
    const r = await readSource('zone.html', bytes)
    expect(r.text).not.toContain('99.9')
    expect(r.text).toContain('61.5万元')
  })

  it('aliases: the zone without its body, with 管委会, and the kind of zone with its body', () => {
    const forms = orgAliases('某某高新技术产业开发区(管委会)').map((a) => a.form)
    expect(forms).toEqual(expect.arrayContaining(['某某高新技术产业开发区', '某某高新技术产业开发区管委会', '某某开发区管委会', '开发区管委会']))
    expect(forms).not.toContain('(管委会)')
  })

  it('answers the zone by its short name, and 一般公共预算“三公”经费 as the 三公 total', async () => {
    const engine = engineWith(await readSources([{ name: 'zone.html', bytes }]))
    const a = engine.ask({ question: '开发区管委会2025年公务接待费预算多少？' })
    expect(a.answer).toContain('30万元')
    expect(a.answer).not.toMatch(/重庆/)
    const b = engine.ask({ question: '某某高新技术产业开发区2025年一般公共预算“三公”经费预算是多少？' })
    expect(b.answer).toContain('61.5万元')
    expect(b.answer).not.toContain('99.9')
  })
})
