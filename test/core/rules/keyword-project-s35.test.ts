import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a project asked by one word of its name and 项目 ("测绘项目" of 不动产权籍测绘（三期）) is the one project
 * the document names with that word (rule keyword-project); a form that prints no money for its project reads the
 * money the prose states for it, never "未列出" (rule form-project-prose); a prose list of projects joined by 、
 * without a colon after its lead is read as a list; a word that two projects share, or none holds, names none.
 * "数字" of 数字化 is no filler word. Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>梧汀县自然资源服务中心2025年部门预算</title></head><body>
<p>梧汀县自然资源服务中心2025年部门预算</p>
<p>一、收支预算总体情况</p>
<p>2025年支出预算512.40万元，其中：基本支出300.00万元；项目支出212.40万元，主要用于不动产权籍测绘（三期）120.00万元、地质灾害隐患巡查监测52.40万元、数字化档案整理服务25.00万元、林地巡查监测15.00万元。</p>
<p>二、绩效目标设置情况</p>
<p>其中不动产权籍测绘（三期）项目预算120.00万元，年度目标为完成权籍调查图斑3000个。</p>
<table>
<tr><td colspan="4">梧汀县自然资源服务中心2025年项目支出绩效目标表</td></tr>
<tr><td>项目名称</td><td colspan="3">不动产权籍测绘（三期）</td></tr>
<tr><td>年度绩效目标</td><td colspan="3">完成权籍调查测绘并入库</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>权籍调查图斑数量</td><td>≥3000个</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td></tr>
</table>
</body></html>`

describe('a project asked by a word of its name', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'wuting-zrzy-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the one project whose name holds the word, with the money the prose states', () => {
    const a = ask('梧汀县自然资源服务中心测绘项目预算多少钱')
    expect(a).toContain('不动产权籍测绘')
    expect(a).toContain('120.00万元')
    expect(a).not.toContain('未列出')
  })
  it('reads a project the prose list names alone', () => {
    const a = ask('梧汀县自然资源服务中心数字化项目预算多少')
    expect(a).toContain('25.00万元')
  })
  it('names no project where two hold the word', () => {
    const a = ask('梧汀县自然资源服务中心巡查项目预算多少')
    expect(a).not.toMatch(/52\.40万元|15\.00万元/)
  })
  it('names no project where none holds the word', () => {
    const a = ask('梧汀县自然资源服务中心绿化项目预算多少')
    expect(a).toContain('没有找到')
    expect(a).not.toMatch(/\d+\.\d{2}万元/)
  })
  it('lists the prose\'s projects joined by 、', () => {
    const a = ask('梧汀县自然资源服务中心有哪些项目')
    expect(a).toContain('地质灾害隐患巡查监测：52.40万元')
    expect(a).toContain('林地巡查监测：15.00万元')
  })
})
