import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: "财政拨款预算多少" asks the department's 财政拨款 (the 财政拨款收支总表's income), never a column headed
 * "其中：财政拨款" of a project's performance form that happens to print the words alone (rule fiscal-word-alone: said
 * right after whose it is, 财政拨款 is read as 财政拨款收入). Made-up figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑原县卫生健康局2025年部门预算</title></head><body>
<p>岑原县卫生健康局2025年部门预算</p>
<p>财政拨款收支总表</p><p>单位：万元</p>
<table>
<tr><td>收入</td><td>预算数</td><td>支出</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>1,500.00</td><td>一、卫生健康支出</td><td>1,620.00</td></tr>
<tr><td>二、政府性基金预算拨款收入</td><td>120.00</td><td></td><td></td></tr>
<tr><td>本年收入合计</td><td>1,620.00</td><td>本年支出合计</td><td>1,620.00</td></tr>
</table>
<p>项目支出绩效目标表</p><p>单位：万元</p>
<table>
<tr><td>项目名称</td><td colspan="3">基本公共卫生服务项目</td></tr>
<tr><td>项目资金</td><td>年度资金总额</td><td>其中：财政拨款</td><td>其他资金</td></tr>
<tr><td>合计</td><td>386.24</td><td>386.24</td><td></td></tr>
</table>
</body></html>`

describe('财政拨款 asked alone', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'cenyuan-wjj-2025-dept.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('is the department\u2019s 财政拨款, not a project form\u2019s column', () => {
    const a = engine.ask({ question: '岑原县卫生健康局2025年财政拨款预算多少' }).answer
    expect(a).toContain('1,620.00万元')
    expect(a).not.toContain('386.24')
  })
})
