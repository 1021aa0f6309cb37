import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind48 and blind60's 卫健 budgets): "某项目占项目支出的比重" was answered with 项目支出's own share of the
// budget ("项目支出755.50万元，占38.03%"), the whole's share given for the part's.
const DOC = [
  '青禾县卫生健康局2025年部门预算',
  '二、支出预算',
  '2025年支出预算1986.83万元，其中：基本支出1231.33万元，占61.97%；项目支出755.50万元，占38.03%，是为完成特定工作任务而编列的支出。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-wjj-2025.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule whole-after-share: a lone subject said after 占 is the whole', () => {
  it('never gives the whole\'s own share for a part it cannot read', () => {
    const r = ask('青禾县卫生健康局疫苗接种项目占项目支出的比重')
    expect(r.answer).not.toContain('38.03%')
    expect(r.answer).toMatch(/没有找到/)
  })
  it('still quotes a subject\'s printed share when it is asked of nothing named', () => {
    expect(ask('青禾县卫生健康局项目支出占比多少').answer).toContain('38.03%')
  })
})
