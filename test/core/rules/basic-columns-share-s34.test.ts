import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a unit whose 支出总表 (all funds) prints 基本支出 1,100.00 and whose 一般公共预算基本支出表 prints
 * 人员经费 | 公用经费 as columns of its 合计 line (900.00 = 750.00 + 150.00). 人员经费's share of 基本支出 is read
 * within that table (rule basic-columns-share), never 750.00 over the other table's 1,100.00. Made-up figures.
 */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>汀岚市水文站2025年单位预算</title></head><body>
<p>汀岚市水文站2025年单位预算</p>
<p>2025年支出预算1,400.00万元，其中：基本支出1,100.00万元，占78.57%；项目支出300.00万元，占21.43%。</p>
<p>表1 收支总表</p><p>单位：万元</p>
<table>${tr(['项目', '预算数', '项目', '预算数'])}${tr(['一、一般公共预算拨款收入', '1,100.00', '一、农林水支出', '1,400.00'])}${tr(['二、事业收入', '300.00', '', ''])}${tr(['本年收入合计', '1,400.00', '本年支出合计', '1,400.00'])}</table>
<p>表3 支出总表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['2130301', '行政运行', '1,100.00', '1,100.00', ''])}${tr(['2130399', '其他水利支出', '300.00', '', '300.00'])}${tr(['', '合计', '1,400.00', '1,100.00', '300.00'])}</table>
<p>表5 一般公共预算支出表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['2130301', '行政运行', '900.00', '900.00', ''])}${tr(['2130399', '其他水利支出', '200.00', '', '200.00'])}${tr(['', '合计', '1,100.00', '900.00', '200.00'])}</table>
<p>表6 一般公共预算基本支出表</p><p>单位：万元</p>
<table>${tr(['经济科目编码', '经济科目名称', '合计', '人员经费', '公用经费'])}${tr(['301', '工资福利支出', '750.00', '750.00', ''])}${tr(['302', '商品和服务支出', '150.00', '', '150.00'])}${tr(['', '合计', '900.00', '750.00', '150.00'])}</table>
</body></html>`

describe('a part of 基本支出 printed as a column', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'tinglan-swz-2025-dwys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)

  it('reads the share within the table that prints the part', () => {
    const a = engine.ask({ question: '汀岚市水文站人员经费占基本支出的百分比' }).answer
    expect(a).toContain('83.33%')
    expect(a).not.toContain('68.18%')
  })
  it('never quotes the whole budget’s printed share for a share within one fund', () => {
    const a = engine.ask({ question: '汀岚市水文站一般公共预算里基本支出占几成' }).answer
    expect(a).toContain('81.82%')
    expect(a).not.toContain('78.57%')
  })
})
