import { describe, expect, it } from 'vitest'
import { engineWith } from '../core/seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind85's PDF): an item's subject label closed by its code and a colon on a line of its own
 * ("10．…事业单位离退休（项）（2080502）：") goes on in the statement on the next line, so the reason is the item's
 * (rule subject-label-line); and a table named between a row and its columns ("高中教育在部门支出总表里基本支出和项目
 * 支出") leaves the columns the row's. Made-up county and figures.
 */
const BUDGET = [
  '青岚县教育局2025年部门预算',
  '三、一般公共预算支出情况说明',
  '10．社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）（2080502）：',
  '2025年预算为20.50万元，比2024年预算减少3.20万元，下降13.50%，主要是两所学校部分退休人员退休费由养老保险基金发放。',
  '表3 部门支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t1286.20\t1130.20\t156.00',
  '2050204\t高中教育\t1265.70\t1109.70\t156.00',
  '2080502\t事业单位离退休\t20.50\t20.50\t',
].join('\n')

describe('an item’s label line and a table named mid-question', () => {
  const engine = engineWith([{ name: 'qinglan-jyj-2025-bmys.txt', bytes: enc(BUDGET) }])
  it('reads the reason under the item’s label', () => {
    expect(engine.ask({ question: '青岚县教育局事业单位离退休支出为啥下降' }).answer).toContain('养老保险基金发放')
  })
  it('reads the row’s columns with the table named between them', () => {
    const a = engine.ask({ question: '青岚县教育局高中教育在部门支出总表里基本支出和项目支出各是多少？' }).answer
    expect(a).toContain('1109.70万元')
    expect(a).toContain('156.00万元')
    expect(a).not.toContain('1130.20')
  })
})
