import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../../server/core/schema.js'
import { budgetGapReason } from '../../../server/core/tools/lib/budget-gap-reason.js'

const docOf = (...texts: string[]) =>
  ({ paragraphs: texts.map((text, index) => ({ id: `d/p${index}`, docId: 'd', index, heading: false, text, lines: [index + 1, index + 1] })) }) as unknown as BudgetDocument

describe('budgetGapReason: why a 决算 is above or below its 年初预算', () => {
  it('reads the reason given right after the subject’s own figures', () => {
    const doc = docOf('林业草原防灾减灾（项）年初预算为50.00万元，支出决算为42.10万元，决算数小于年初预算数的主要原因是防火物资采购价格下降。')
    expect(budgetGapReason(doc, ['林业草原防灾减灾'])).toMatchObject({ reason: '防火物资采购价格下降' })
  })

  it('skips another subject’s gap printed after a flattened table that names the subject asked', () => {
    const doc = docOf(
      '类 款 项 科目名称 年初预算数 决算数 213 02 34 林业草原防灾减灾 50.00 42.10 213 02 05 森林资源培育 80.00 96.00 森林资源培育（项）年初预算为80.00万元，支出决算为96.00万元，决算数大于年初预算数的主要原因是追加造林补助。' +
        '林业草原防灾减灾（项）年初预算为50.00万元，支出决算为42.10万元，决算数小于年初预算数的主要原因是防火物资采购价格下降。',
    )
    expect(budgetGapReason(doc, ['林业草原防灾减灾'])?.reason).toBe('防火物资采购价格下降')
  })

  it('reads a reason sentence without a subject of its own after the subject’s sentence', () => {
    const doc = docOf('林业草原防灾减灾（项）年初预算为50.00万元，支出决算为42.10万元。决算数小于年初预算数的主要原因是防火物资采购价格下降。')
    expect(budgetGapReason(doc, ['林业草原防灾减灾'])?.reason).toBe('防火物资采购价格下降')
  })

  it('is undefined when the prose gives no gap reason for the subject', () => {
    expect(budgetGapReason(docOf('林业草原防灾减灾（项）年初预算为50.00万元，支出决算为42.10万元。'), ['林业草原防灾减灾'])).toBeUndefined()
  })
})
