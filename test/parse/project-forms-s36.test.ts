import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 36: 项目支出绩效目标表 printed once as a title, then one form per project, each under its item label and a
 * unit line ("（1）某某项目" / 单位：万元). Each form is a 绩效目标 table (项目名称 first, a 绩效目标 key, the indicator
 * grid's header: rule form-by-keys), titled by its item label, never by the unit line (rules item-caption, unit-only);
 * its money keys on one row over their amounts on the next take those amounts (rule keys-over-values). Made-up figures.
 */
const form = (n: number, name: string, total: string, fiscal: string, indicator: string, target: string) => `<p>（${n}）${name}</p>
<p>单位：万元</p>
<table>
<tr><td>项目名称</td><td colspan="3">${name}</td></tr>
<tr><td>主管部门</td><td>澜平县卫生健康局</td><td>实施单位</td><td>澜平县疾病预防控制中心</td></tr>
<tr><td>项目资金</td><td>年度资金总额</td><td>其中：财政拨款</td><td>其他资金</td></tr>
<tr><td></td><td>${total}</td><td>${fiscal}</td><td>0.00</td></tr>
<tr><td>年度绩效目标</td><td colspan="3">完成${name}各项任务。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>${indicator}</td><td>${target}</td></tr>
</table>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜平县卫生健康局2025年部门预算</title></head><body>
<p>澜平县卫生健康局2025年部门预算</p>
<p>表9 项目支出绩效目标表</p>
${form(1, '基本公共卫生服务项目', '386.24', '386.24', '高血压患者规范管理人数', '≥7200人')}
${form(2, '免疫规划项目', '68.40', '60.00', '适龄儿童免疫规划疫苗接种率', '≥95%')}
</body></html>`

describe('one 绩效目标 form per project under a title printed once', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanping-wjj-2025-dept.html', bytes: new TextEncoder().encode(PAGE) }]))
  const forms = corpus.documents[0].tables.filter((t) => t.fields.some((f) => f.key === '项目名称'))
  const engine = createEngine(corpus)

  it('reads each form as a 绩效目标 table titled by its project, its amounts under their keys', () => {
    expect(forms.map((t) => [t.kind, t.title])).toEqual([['performance', '基本公共卫生服务项目'], ['performance', '免疫规划项目']])
    const money = Object.fromEntries(forms[1].fields.filter((f) => f.amount).map((f) => [f.key, f.amount!.value]))
    expect(money).toEqual({ 年度资金总额: '68.40', 财政拨款: '60.00', 其他资金: '0.00' })
  })
  it('answers an indicator\u2019s target without another unit beside it', () => {
    const a = engine.ask({ question: '澜平县卫生健康局基本公共卫生服务项目高血压患者规范管理人数指标值是多少' }).answer
    expect(a).toContain('≥7200人')
    expect(a).not.toContain('单位：万元')
  })
  it('answers a project\u2019s 财政拨款 from its form', () => {
    expect(engine.ask({ question: '澜平县卫生健康局免疫规划项目财政拨款多少' }).answer).toContain('60.00万元')
  })
})
