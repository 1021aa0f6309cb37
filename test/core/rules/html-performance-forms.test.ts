import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules form-over-html, short-office-row, other-people-asked): a city portal's 部门预算 article prints its
 * 项目绩效目标表 as one form line per project ("项目名称：…　实施单位：…　项目资金：…") over that project's own <table>
 * of indicators (一级指标 | 二级指标 | 指标 | 指标值); its 三公 table lists the bureau's office by its short name (委机关).
 * Made-up city, units and figures.
 */
const PAGE = `<html><head><title>岚溪市卫生健康委员会2025年部门预算</title></head><body>
<p><strong>岚溪市卫生健康委员会2025年部门预算</strong></p>
<p>一、部门基本情况</p>
<p>市卫健委部门编制人数120名，2025年1月实有在职人员112人。</p>
<p><strong>表7 2025年一般公共预算“三公”经费支出表</strong></p>
<p>单位：万元</p>
<table>
<tr><th>单位名称</th><th>合计</th><th>因公出国（境）费</th><th>公务用车购置及运行费</th><th>公务接待费</th></tr>
<tr><td>合计</td><td>20.00</td><td></td><td>15.00</td><td>5.00</td></tr>
<tr><td>委机关</td><td>12.00</td><td></td><td>8.70</td><td>3.30</td></tr>
<tr><td>岚溪市卫生监督所</td><td>8.00</td><td></td><td>6.30</td><td>1.70</td></tr>
</table>
<p><strong>表11 2025年项目绩效目标表</strong></p>
<p>项目名称：家庭医生签约服务市级补助　　实施单位：委机关　　项目资金：300.00万元</p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>指标</th><th>指标值</th></tr>
<tr><td>产出指标</td><td>数量指标</td><td>重点人群签约服务人数</td><td>≥5.2万人</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>签约居民满意度</td><td>≥90%</td></tr>
</table>
<p>项目名称：院前急救能力提升　　实施单位：岚溪市卫生监督所　　项目资金：150.00万元</p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>指标</th><th>指标值</th></tr>
<tr><td>产出指标</td><td>数量指标</td><td>新增急救站点数量</td><td>2个</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>城区平均急救反应时间</td><td>≤15分钟</td></tr>
</table>
<p>第三部分 2025年部门预算情况说明</p>
<p>2025年收支预算总计3200.00万元。</p>
</body></html>`

describe('a portal article’s per-project indicator tables and its office row', async () => {
  const extra = await readSources([{ name: 'lanxi-wjw-2025-ys.html', bytes: new TextEncoder().encode(PAGE) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('reads each project’s form line and indicators as a table of its own', () => {
    const perf = corpus.documents[0].tables.filter((t) => t.kind === 'performance')
    expect(perf.map((t) => t.fields.find((f) => f.key === '项目名称')?.value)).toEqual(['家庭医生签约服务市级补助', '院前急救能力提升'])
    expect(perf[1].rows.map((r) => r.indicator?.target)).toEqual(['2个', '≤15分钟'])
  })

  it('answers an indicator’s target from its project', () => {
    expect(engine.ask({ question: '岚溪院前急救项目的急救反应时间目标是多少' }).answer).toContain('≤15分钟')
  })

  it('reads the office’s own row of the 三公 table when the bureau and its 委机关 are named', () => {
    const r = engine.ask({ question: '岚溪卫健委委机关的公务接待费预算多少' })
    expect(r.answer).toContain('3.30万元')
    expect(r.answer).not.toContain('5.00万元')
  })

  it('never answers people of a thing named at length with the bureau’s own staff', () => {
    const r = engine.ask({ question: '岚溪家庭医生签约服务项目重点人群签约要管多少人' })
    expect(r.answer).not.toMatch(/120名|112人/u)
  })
})
