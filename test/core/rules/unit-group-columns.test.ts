import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** A made-up bureau's 分单位 table whose 基本支出 and 项目支出 are column groups with no total column of their own. */
const PAGE = `<html><head><title>柳岸县自然资源局2025年部门预算</title></head><body>
<p>柳岸县自然资源局2025年部门预算</p>
<p>一、部门预算单位构成：本部门预算包括局机关和所属柳岸县土地储备中心。</p>
<p>表二 分单位收支预算表</p><p>单位：万元</p>
<table>
<tr><td rowspan="2">单位名称</td><td rowspan="2">合计</td><td colspan="2">基本支出</td><td colspan="2">项目支出</td></tr>
<tr><td>人员经费</td><td>公用经费</td><td>一般公共预算</td><td>政府性基金</td></tr>
<tr><td>合计</td><td>1,000.00</td><td>500.00</td><td>100.00</td><td>150.00</td><td>250.00</td></tr>
<tr><td>柳岸县自然资源局机关</td><td>460.00</td><td>300.00</td><td>60.00</td><td>100.00</td><td></td></tr>
<tr><td>柳岸县土地储备中心</td><td>540.00</td><td>200.00</td><td>40.00</td><td>50.00</td><td>250.00</td></tr>
</table></body></html>`

let engine: Promise<Engine> | undefined
// read as a web page, the way ingest reads it
const ask = async (question: string) => (await (engine ??= readSources(seedSources([{ name: 'liuan-zrzyj-2025-budget.html', bytes: new TextEncoder().encode(PAGE) }])).then((s) => createEngine(buildCorpus(s).corpus)))).ask({ question })

describe('a unit’s part asked where its table heads the part as a group of columns (no 基本支出 or 项目支出 column)', () => {
  it('sums the group’s columns for the unit, saying it is computed, never the unit’s 合计', async () => {
    const basic = await ask('柳岸县土地储备中心的基本支出是多少')
    expect(basic.answer).toContain('基本支出为240.00万元')
    expect(basic.answer).toContain('计算')
    expect(basic.answer).not.toContain('540.00万元')
    const project = await ask('柳岸县土地储备中心项目支出是多少')
    expect(project.answer).toContain('项目支出为300.00万元')
  })

  it('the department’s own office asked as 局机关 beside the department’s name: its row, never the department’s', async () => {
    const res = await ask('柳岸县自然资源局局机关的项目支出有多少？')
    expect(res.answer).toContain('柳岸县自然资源局机关')
    expect(res.answer).toContain('项目支出为100.00万元')
    expect(res.answer).not.toMatch(/1,000\.00|150\.00|460\.00/)
  })
})
