import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a county 档案馆 whose own 一般公共预算支出表 prints a row named 档案馆 (2012604). A later 档案馆 in the
 * question pointed at as a table's row ("支出表里档案馆这一项") is that row, not the organisation again (rule
 * org-named-row). Made-up names and figures.
 */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪县档案馆2025年部门预算</title></head><body>
<p>岚溪县档案馆2025年部门预算</p>
<p>表5 一般公共预算支出表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['', '合计', '400.00', '250.00', '150.00'])}${tr(['2012604', '档案馆', '320.00', '200.00', '120.00'])}${tr(['2012699', '其他档案事务支出', '30.00', '', '30.00'])}${tr(['2210201', '住房公积金', '50.00', '50.00', ''])}</table>
</body></html>`

describe('the organisation’s name as a row of its own table', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanxi-dag-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)

  it('reads the row pointed at, not the organisation again', () => {
    const a = engine.ask({ question: '岚溪县档案馆一般公共预算支出表里档案馆这一项基本支出和项目支出分别多少' }).answer
    expect(a).toContain('200.00万元')
    expect(a).toContain('120.00万元')
    expect(a).not.toContain('250.00万元')
  })
})
