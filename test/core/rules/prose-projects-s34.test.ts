import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a unit's budget whose prose lists its projects with their money after its 项目支出 ("包括：A 120.00万元；
 * B …"), with a performance form for one of them only. Asked which projects it has, the prose's list answers (rule
 * prose-project-list); a listed project asked with 项目 after its name is found (rule prose-listed-project); a
 * project nothing lists is still not found. Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>汀岚市水文站2025年单位预算</title></head><body>
<p>汀岚市水文站2025年单位预算</p>
<p>一、收支预算总体情况</p>
<p>2025年支出预算900.00万元，其中：基本支出600.00万元；项目支出300.00万元，包括：水文测报设施运维120.00万元；地下水监测井巡检100.00万元；防汛应急通信保障80.00万元。</p>
<p>二、绩效目标设置情况</p>
<p>“水文测报设施运维”项目预算120.00万元，主要绩效指标为：测站完好率≥95%。</p>
</body></html>`

describe('projects the prose lists with their money', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'tinglan-swz-2025-dwys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('lists every project the prose names, with its figure', () => {
    const a = ask('汀岚市水文站有哪些项目支出')
    expect(a).toContain('地下水监测井巡检：100.00万元')
    expect(a).toContain('防汛应急通信保障：80.00万元')
  })
  it('finds a listed project asked with 项目 after its name', () => {
    const a = ask('汀岚市水文站地下水监测井巡检项目安排多少')
    expect(a).toContain('100.00万元')
    expect(a).not.toContain('没有找到')
  })
  it('still says a project nothing lists is not found', () => {
    const a = ask('汀岚市水文站河道采砂监管项目安排多少')
    expect(a).toContain('没有找到')
    expect(a).not.toMatch(/\d+\.\d{2}万元/)
  })
})
