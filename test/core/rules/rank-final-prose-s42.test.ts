import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 42: two made-up bodies' 三公 决算 pages in prose only (no real name or figure), each stating the budget
 * before the 决算 in one sentence; asked of both at once (rank-figures reads the 决算, as find-prose-figure does).
 */
const page = (org: string, planned: string, final: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${org}2023年度“三公”经费决算情况说明</title></head><body>
<p>${org}2023年度“三公”经费决算情况说明</p>
<p>一、“三公”经费支出决算总体情况：${org}2023年度一般公共预算财政拨款“三公”经费支出预算为${planned}万元，支出决算为${final}万元，完成预算的50.0%。</p>
</body></html>`

describe('one figure of two bodies’ 决算 pages that state the budget first', () => {
  const engine = engineWith([
    { name: 'cenxi-lyj-2023-sgjs.html', bytes: new TextEncoder().encode(page('岑溪县林业局', '7.40', '3.70')) },
    { name: 'cenxi-slj-2023-sgjs.html', bytes: new TextEncoder().encode(page('岑溪县水利局', '9.20', '4.60')) },
  ])
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads each body’s 决算, never the budget stated before it', () => {
    const a = ask('岑溪县林业局和岑溪县水利局2023年三公经费决算各是多少？')
    expect(a).toContain('3.70万元')
    expect(a).toContain('4.60万元')
    expect(a).not.toContain('7.40万元')
    expect(a).not.toContain('9.20万元')
  })
})
