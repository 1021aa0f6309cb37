import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/** Session 42: a reason asked of a row whose sentence states another amount than the table (made-up office). */
const DOC = [
  '岑溪县槿园街道办事处2025年部门预算', '',
  '一、一般公共预算支出情况',
  '一般行政管理事务(项)162.00万元，比2024年减少12.00万元，下降8.70%，主要原因是服务外包合同重新招标。', '',
  '表三 一般公共预算支出表', '', '单位：万元', '',
  ['科目编码', '科目名称', '合计'].join('\t'),
  ['2010302', '一般行政管理事务', '126.00'].join('\t'),
  ['2010301', '行政运行', '300.00'].join('\t'),
  ['', '合计', '426.00'].join('\t'),
].join('\n')

describe('a reason whose sentence states the subject at another amount than the table', () => {
  const engine = engineWith([{ name: 'cenxi-jyjd-2025-bmys.txt', bytes: new TextEncoder().encode(DOC) }])

  it('quotes the reason and says the two amounts disagree', () => {
    const a = engine.ask({ question: '槿园街道一般行政管理事务比上年少了，原因是什么？' }).answer
    expect(a).toContain('服务外包合同重新招标')
    expect(a).toContain('126.00万元')
    expect(a).toMatch(/与这段文字所写的162\.00万元不一致/u)
  })
})
