import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a question naming the table by its title ("一般公共预算基本支出表中公用经费合计多少"): the title's words are
 * the table's, never subjects of their own, and 合计 after the one subject is that subject's total line (rule
 * table-named); a table's 合计 asked alone is its total line; 合计 before 多少 after two subjects is the sum asked (rule
 * sum-word). Made-up names and figures.
 */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪县档案馆2025年部门预算</title></head><body>
<p>岚溪县档案馆2025年部门预算</p>
<p>表3 支出总表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['', '合计', '460.00', '300.00', '160.00'])}${tr(['2012604', '档案馆', '460.00', '300.00', '160.00'])}${tr(['2012699', '其他档案事务支出', '60.00', '', '60.00'])}</table>
<p>表5 一般公共预算支出表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['', '合计', '400.00', '250.00', '150.00'])}${tr(['2012604', '档案馆', '400.00', '250.00', '150.00'])}${tr(['2012699', '其他档案事务支出', '50.00', '', '50.00'])}</table>
<p>表6 一般公共预算基本支出表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '人员经费', '公用经费'])}${tr(['', '合计', '250.00', '210.00', '40.00'])}${tr(['301', '工资福利支出', '210.00', '210.00', ''])}${tr(['302', '商品和服务支出', '40.00', '', '40.00'])}</table>
</body></html>`

describe('a table named in the question', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanxi-dag-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the column’s total line there, never a sum of the title’s words', () => {
    const a = ask('岚溪县档案馆一般公共预算基本支出表中公用经费合计多少')
    expect(a).toContain('40.00万元')
    expect(a).not.toContain('290.00万元')
  })
  it('reads a table’s 合计 asked alone from that table', () => {
    expect(ask('岚溪县档案馆一般公共预算支出表中合计多少')).toContain('400.00万元')
  })
  it('reads 合计 before 多少 after two subjects as the sum asked, never a third term (rule sum-word)', () => {
    const a = ask('岚溪县档案馆人员经费和公用经费合计多少')
    expect(a).toContain('250.00万元')
    expect(a).not.toContain('500.00万元')
  })
  it('reads each of two tables named, none claimed', () => {
    const a = ask('岚溪县档案馆其他档案事务支出在支出总表和一般公共预算支出表里各是多少')
    expect(a).toContain('60.00万元')
    expect(a).toContain('50.00万元')
  })
  it('keeps a 合计 listed among a row’s columns, and one subject’s 合计 with its parts asked after', () => {
    const listed = ask('岚溪县档案馆支出总表里档案馆这一项的合计、基本支出和项目支出')
    expect(listed).toContain('460.00万元')
    expect(listed).toContain('160.00万元')
    expect(ask('岚溪县档案馆档案馆合计多少，其中基本、项目各多少')).toContain('300.00万元')
  })
})
