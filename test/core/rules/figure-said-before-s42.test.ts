import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 42: a made-up county school's 单位决算 page (no real name or figure) whose prose states the all-funds 收支总计
 * and its change in one paragraph, then the 财政拨款 收支总计 in one paragraph and its change in the next (rule
 * figure-said-before).
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪县第三中学2024年度单位决算</title></head><body>
<h1>岑溪县第三中学2024年度单位决算</h1>
<p>一、收入支出决算总体情况说明</p>
<p>2024年度收入总计2210.40万元，支出总计2210.40万元。与2023年相比，收、支总计各增加150.20万元，增长7.3%。主要原因：学生人数增加。</p>
<p>二、财政拨款收入支出决算总体情况说明</p>
<p>2024年度财政拨款收入总计1980.55万元，支出总计1980.55万元。</p>
<p>与2023年相比，财政拨款收、支总计各增加120.35万元，增长6.5%。主要原因是教职工基本工资标准调整。</p>
<p>财政拨款收入支出决算总表</p>
<p>单位：万元</p>
<table>
<tr><td>收入</td><td></td><td>支出</td><td></td></tr>
<tr><td>项目</td><td>金额</td><td>项目</td><td>金额</td></tr>
<tr><td>一、一般公共预算财政拨款</td><td>1980.55</td><td>一、教育支出</td><td>1980.55</td></tr>
<tr><td>总计</td><td>1980.55</td><td>总计</td><td>1980.55</td></tr>
</table>
</body></html>`

describe('a change said in the paragraph after the figure (rule figure-said-before)', () => {
  const engine = engineWith([{ name: 'cenxi-sanzhong-2024-dwjs.html', bytes: new TextEncoder().encode(PAGE) }])
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the 财政拨款 total’s change where the sentence after its figure states it, never the all-funds total’s', () => {
    const a = ask('岑溪三中2024年财政拨款收支总计比上年变化多少')
    expect(a).toContain('120.35万元')
    expect(a).toContain('6.5%')
    expect(a).not.toContain('150.20')
    expect(a).not.toContain('不一致')
  })
})
