import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 30: a 项目支出绩效目标表 printed as one two-column <table> per project (项目名称 | …, 项目资金（元） | 1,200,000.00
 * （其中：…）, 数量指标 | …) under a caption naming only the project (rule key-value-form): read as the project's form, its
 * budget the 项目资金 amount (never another table's row of the same name, a 政府采购 line), its indicators by level;
 * and a flattened 审批表's keys (项目总预算, 建设周期, 项目负责人, 联系电话: a phone number is no amount). Made-up names.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>溪岭县水务局2025年部门预算</title></head><body>
<p>溪岭县水务局2025年部门预算</p>
<p>表9 溪岭县水务局2025年政府采购预算表</p>
<table border="1"><tr><td colspan="5">单位：元</td></tr>
<tr><td>项目名称</td><td>采购品目</td><td>采购类别</td><td>数量</td><td>预算金额</td></tr>
<tr><td>合计</td><td></td><td></td><td></td><td>450,000.00</td></tr>
<tr><td>农村供水设施维修</td><td>供水管网维修</td><td>工程</td><td>1项</td><td>450,000.00</td></tr>
</table>
<p>表10 溪岭县水务局2025年项目支出绩效目标表</p>
<p>（1）农村供水设施维修</p>
<table border="1"><tr><td colspan="2">单位：元</td></tr>
<tr><td>项目名称</td><td>农村供水设施维修</td></tr>
<tr><td>主管部门</td><td>溪岭县水务局</td></tr>
<tr><td>实施单位</td><td>溪岭县水务局（机关）</td></tr>
<tr><td>项目资金（元）</td><td>900,000.00（其中：一般公共预算900,000.00）</td></tr>
<tr><td>年度绩效目标</td><td>对全县农村供水设施进行维修，保障饮水安全。</td></tr>
<tr><td>数量指标</td><td>维修农村供水设施35处</td></tr>
<tr><td>满意度指标</td><td>受益群众满意度≥90%</td></tr>
</table></body></html>`

const APPROVAL = [
  '2024年青竹乡茶叶加工厂建设项目支出绩效目标审批表',
  '预算单位: 溪岭县青竹乡人民政府',
  '金额单位:万元',
  '项目名称 2024年青竹乡茶叶加工厂建设项目 项目分类 资产资源类',
  '建设周期 2024年3月-2024年12月 业务主管部门 县农业农村委',
  '实施单位 青竹乡 项目负责人 陈某某 联系电话 13800001111',
].join('\n')

describe('a project’s form as a two-column table, and a flattened 审批表', async () => {
  const sources = await readSources([
    { name: 'xiling-swj-2025-ys.html', bytes: new TextEncoder().encode(PAGE) },
    { name: 'qingzhu-2024-spb.txt', bytes: new TextEncoder().encode(APPROVAL) },
  ])
  const corpus = buildCorpus(sources).corpus
  const engine = createEngine(corpus)

  it('reads the two-column table as the project’s form, its budget from 项目资金', () => {
    const table = corpus.documents.find((d) => d.id.startsWith('xiling'))!.tables.find((t) => t.fields.some((f) => f.value === '农村供水设施维修'))
    expect(table?.kind).toBe('performance')
    const a = engine.ask({ question: '溪岭县水务局农村供水设施维修项目预算多少' }).answer
    expect(a).toContain('900,000.00元')
    expect(a).not.toContain('450,000.00')
  })

  it('lists the form’s indicators by level', () => {
    const a = engine.ask({ question: '溪岭县水务局农村供水设施维修项目要维修多少处？' }).answer
    expect(a).toContain('35处')
  })

  it('says a form printing no indicators lists none, when they are asked', () => {
    const a = engine.ask({ question: '青竹乡茶叶加工厂建设项目的数量指标有哪些指标值？' }).answer
    expect(a).toContain('没有列出指标')
  })

  it('reads a flattened 审批表’s keys, a phone number as no amount', () => {
    const form = corpus.documents.find((d) => d.id.startsWith('qingzhu'))!.tables[0]
    const byKey = Object.fromEntries(form.fields.map((f) => [f.key, f]))
    expect(byKey['建设周期']?.value).toBe('2024年3月-2024年12月')
    expect(byKey['项目负责人']?.value).toBe('陈某某')
    expect(byKey['联系电话']?.value).toBe('13800001111')
    expect(byKey['联系电话']?.amount).toBeUndefined()
  })
})
