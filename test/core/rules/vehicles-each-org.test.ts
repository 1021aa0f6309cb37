import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29: "甲和乙分别有几辆公车" — two organisations asked their cars with no words before the count: each one's
 * count as its prose states it (公务车保有量…辆, 共有公务用车…辆), never "没有找到的数字". Made-up bodies and figures.
 */
const A = ['岚海省水利厅2023年“三公”经费预算情况说明', '水利厅2023年一般公共预算“三公”经费预算数为40.00万元。公务车保有量18辆,计划购置0辆。'].join('\n')
const B = ['青川市桐溪区教育局2023年部门预算', '截至2022年底，本部门共有公务用车3辆。'].join('\n')

describe('cars of two organisations asked together', async () => {
  const extra = await readSources([
    { name: 'lanhai-slt-2023-sg.txt', bytes: new TextEncoder().encode(A) },
    { name: 'tongxi-jyj-2023-bmys.txt', bytes: new TextEncoder().encode(B) },
  ])
  const engine = createEngine(buildCorpus(extra).corpus)
  it('reads each one’s count', () => {
    const r = engine.ask({ question: '水利厅和桐溪教育局分别有几辆公车' })
    expect(r.answer).toContain('18辆')
    expect(r.answer).toContain('3辆')
    expect(r.answer).not.toContain('没有找到的数字')
  })
})
