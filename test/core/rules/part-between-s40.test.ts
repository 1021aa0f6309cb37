import { describe, expect, it } from 'vitest'
import { changeAfter } from '../../../server/core/tools/lib/prose.js'
import { engineWith } from '../seed-engine.js'

/** A made-up county centre's 单位预算 explanation (no real place or figure): the whole's change said on the income side only, the parts' on the spending side after 其中. */
const DOC = [
  '澄屿县卫生监督所2025年单位预算',
  '一、收支预算总体情况',
  '（一）收入预算。2025年收入总计860.40万元，比上年增加60.40万元，增长7.55%。其中：一般公共预算拨款收入820.40万元；其他收入40.00万元。',
  '（二）支出预算。2025年支出总计860.40万元，其中：基本支出600.20万元，占69.76%，比上年增加20.20万元，增长3.48%，主要原因是人员经费增资；项目支出260.20万元，占30.24%，比上年增加40.20万元，增长18.27%。',
].join('\n')

describe('rule part-between: a change said after a part named under 其中 is that part’s', () => {
  it('changeAfter reads no change for the whole across a part with its own figure', () => {
    const s = '2025年支出总计860.40万元，其中：基本支出600.20万元，占69.76%，比上年增加20.20万元，增长3.48%'
    expect(changeAfter(s, s.indexOf('860.40万元') + '860.40万元'.length)?.amount?.text).not.toBe('20.20')
    expect(changeAfter(s, s.indexOf('600.20万元') + '600.20万元'.length)?.amount?.text).toBe('20.20')
  })

  it('the whole’s change is the one said of it, never a part’s', () => {
    const e = engineWith([{ name: 'chengyu-wsjds-2025-dwys.txt', bytes: new TextEncoder().encode(DOC) }])
    const r = e.ask({ question: '澄屿县卫生监督所25年收支总预算比去年增加多少' })
    expect(r.answer).toContain('60.40万元')
    expect(r.answer).not.toContain('20.20万元')
    expect(e.ask({ question: '澄屿县卫生监督所25年基本支出比去年增加多少' }).answer).toContain('20.20万元')
  })
})
