import { describe, expect, it } from 'vitest'
import { roleOf } from '../../server/core/parse/header.js'

/**
 * Session 31: a 合计 under the table's own money group ("实际采购金额 › 合计" after its 货物 | 工程 | 服务) is the table's
 * total; a 小计 under one item's group (公务用车购置及运行费 › 小计) stays that item's. A 政府采购支出总额 had been read
 * from the 货物 column, the first money column, when the table showed no total column.
 */
describe('a total under a money group', () => {
  it('is the table’s total under the group holding all its money', () => {
    expect(roleOf(['实际采购金额', '合计'], 2024)).toBe('total')
    expect(roleOf(['实际采购金额', '货物'], 2024)).toBe('amount')
  })
  it('stays an item’s subtotal under the item’s group', () => {
    expect(roleOf(['公务用车购置及运行费', '小计'], 2024)).toBe('amount')
  })
})
