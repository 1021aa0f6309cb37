import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 37 (read after blind83 was scored): a 三公 page titled with a level's own account and no place
 * ("2023年区本级“三公”经费预算公开报表"), published by the district government's office (its breadcrumb names it), its
 * table naming the place ("一、2023年澄山区本级“三公”经费预算表"): the organisation is the place's 本级, never the
 * office that published it (rule level-own-title). Made-up district and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年区本级“三公”经费预算公开报表</title></head><body>
<p>首页 > 澄山区人民政府办公室 > 领域公开 > 财政预决算 > 政府预算</p>
<p>2023年区本级“三公”经费预算公开报表</p>
<p>一、2023年澄山区本级“三公”经费预算表</p>
<p>(单位:万元)</p>
<table><tr><td>项目</td><td>预算数</td></tr><tr><td>合计</td><td>312.40</td></tr><tr><td>因公出国(境)费</td><td>2.10</td></tr><tr><td>公务接待费</td><td>120.30</td></tr><tr><td>公务用车购置及运行费</td><td>190.00</td></tr></table>
<p>二、2023年区本级“三公”经费预算情况说明</p>
<p>2023年,区级“三公”经费预算数为312.40万元,同比下降12%。</p>
</body></html>`

describe('a level\u2019s own account titled with no place', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'C-chengshan-qbj-2023-sangong.html', bytes: new TextEncoder().encode(PAGE) }]))
  it('is the place\u2019s 本级, not the office that published it', () => {
    const d = corpus.documents[0]
    expect(d.org).toBe('澄山区本级')
    expect(d.scope).toBe('三公经费预算')
  })
})

/**
 * Session 37: the same page with its table copied one cell per line, the explanation's numbered title right under the
 * last row with no gap ("二、2023年区本级“三公”经费预算情况说明", a year in it): the table ends there (rule
 * heading-after-gap), and the explanation is prose, its stated change read.
 */
const CELLS = PAGE.replace(/<table>.*<\/table>/su, ['项  目', '预 算 数', '合  计', '312.40', '因公出国(境)费', '2.10', '公务接待费', '120.30', '公务用车购置及运行费', '190.00'].map((c) => `<p>${c}</p>`).join('\n'))

describe('a table copied one cell per line, the explanation right under it', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'C-chengshan-qbj-2023-sangong.html', bytes: new TextEncoder().encode(CELLS) }]))
  const d = corpus.documents[0]
  it('ends the table at the explanation\u2019s title', () => {
    expect(d.tables.flatMap((t) => t.rows.map((r) => r.name)).some((n) => /情况说明|预算法|同比/u.test(n))).toBe(false)
    expect(d.paragraphs.some((p) => p.text.includes('同比下降12%'))).toBe(true)
  })
})
