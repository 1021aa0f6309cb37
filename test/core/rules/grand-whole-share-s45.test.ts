import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 45 (blind94's 卫健委, blind26's 疾控中心): a share of an unqualified 收入总计 / 支出总计 is a share of the
 * department's all-funds 收支总表 line. The fund was read from the 财政拨款收支总表 and its whole from that table too
 * (98.85% where the document says 95.82%), a class's 一般公共预算 figure was set against every fund's 支出总计, and
 * "财政拨款收入总计" asked alone was given the all-funds line under the name 财政拨款收入. Made-up figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>汀岚县卫生健康委员会2025年部门预算</title></head><body>
<p>汀岚县卫生健康委员会2025年部门预算</p>
<p>表1 部门收支总表</p><p>单位：万元</p>
<table>
<tr><td>收入</td><td>预算数</td><td>支出</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>900.00</td><td>一、卫生健康支出</td><td>950.00</td></tr>
<tr><td>二、事业收入</td><td>80.00</td><td>二、住房保障支出</td><td>50.00</td></tr>
<tr><td>本年收入合计</td><td>980.00</td><td>本年支出合计</td><td>1000.00</td></tr>
<tr><td>上年结转</td><td>20.00</td><td>结转下年</td><td>0.00</td></tr>
<tr><td>收入总计</td><td>1000.00</td><td>支出总计</td><td>1000.00</td></tr>
</table>
<p>表2 财政拨款收支总表</p><p>单位：万元</p>
<table>
<tr><td>收入</td><td>预算数</td><td>支出</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>900.00</td><td>一、卫生健康支出</td><td>870.00</td></tr>
<tr><td>本年收入合计</td><td>900.00</td><td>二、住房保障支出</td><td>50.00</td></tr>
<tr><td>上年结转</td><td>20.00</td><td>本年支出合计</td><td>920.00</td></tr>
<tr><td>收入总计</td><td>920.00</td><td>支出总计</td><td>920.00</td></tr>
</table>
</body></html>`

describe('rule grand-whole-share: a share of an unqualified 总计', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'tinglan-wjw-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('reads a fund\'s share of 收入总计 from the 收支总表', () => {
    const r = engine.ask({ question: '汀岚县卫健委一般公共预算拨款占收入总计的比例？' })
    expect(r.answer).toContain('90.00%')
    expect(r.answer).not.toContain('97.83%')
  })
  it('reads a class\'s share of 支出总计 from the 收支总表, both figures', () => {
    const r = engine.ask({ question: '汀岚县卫健委卫生健康支出占支出总计多少' })
    expect(r.answer).toContain('950.00万元')
    expect(r.answer).toContain('95.00%')
  })
  it('keeps 财政拨款收入总计 the 财政拨款收支总表\'s line', () => {
    expect(engine.ask({ question: '汀岚县卫健委财政拨款收入总计是多少' }).answer).toContain('920.00万元')
    expect(engine.ask({ question: '汀岚县卫健委一般公共预算拨款占财政拨款收入总计的比例？' }).answer).toContain('97.83%')
  })
})
