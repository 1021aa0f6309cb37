import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a bureau's budget with a 项目支出表 row and a performance form for its project 图书馆古籍文献保护修复, and a
 * 文化 row and a 图书馆 row of its own. The project asked with those rows' words inside its name and 项目 after them is
 * the project (rule project-swallows-rows), asked by its closing words (rule project-tail), and as a share of 项目支出
 * it is computed from its own row, never from the 文化 row its name holds (rules project-share, project-money). Made-up
 * names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>沅汀市文化旅游局2025年部门预算</title></head><body>
<p>沅汀市文化旅游局2025年部门预算</p>
<table>
<tr><td colspan="5">部门支出总表</td></tr>
<tr><td colspan="5">单位：万元</td></tr>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>900.00</td><td>500.00</td><td>400.00</td></tr>
<tr><td>207</td><td>文化旅游体育与传媒支出</td><td>900.00</td><td>500.00</td><td>400.00</td></tr>
<tr><td>20701</td><td>文化</td><td>900.00</td><td>500.00</td><td>400.00</td></tr>
<tr><td>2070104</td><td>图书馆</td><td>900.00</td><td>500.00</td><td>400.00</td></tr>
</table>
<table>
<tr><td colspan="3">项目支出表</td></tr>
<tr><td colspan="3">单位：万元</td></tr>
<tr><td>项目名称</td><td>合计</td><td>一般公共预算</td></tr>
<tr><td>合计</td><td>400.00</td><td>400.00</td></tr>
<tr><td>图书馆古籍文献保护修复</td><td>100.00</td><td>100.00</td></tr>
<tr><td>公共文化服务运行</td><td>300.00</td><td>300.00</td></tr>
</table>
<table>
<tr><td colspan="4">项目支出绩效目标表</td></tr>
<tr><td>项目名称</td><td colspan="3">图书馆古籍文献保护修复</td></tr>
<tr><td>年度绩效目标</td><td colspan="3">完成馆藏古籍修复</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>修复古籍数量</td><td>≥300册</td></tr>
<tr><td>产出指标</td><td>时效指标</td><td>项目完成时间</td><td>2025年11月底前</td></tr>
</table>
</body></html>`

describe('a project asked by words of its name', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'yuanting-wlj-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the project whose words hold rows of the document', () => {
    const a = ask('图书馆古籍保护修复项目给了多少钱（沅汀文旅局）')
    expect(a).toContain('100.00万元')
    expect(a).not.toContain('900.00万元')
  })
  it('reads the project by its closing words', () => {
    expect(ask('沅汀市文化旅游局古籍文献保护修复项目什么时候完成')).toContain('2025年11月底前')
  })
  it('computes its share of 项目支出 from its own row', () => {
    const a = ask('沅汀市文化旅游局古籍修复项目占项目支出的比例是多少')
    expect(a).toContain('25.00%')
    expect(a).not.toContain('225.00%')
  })
})
