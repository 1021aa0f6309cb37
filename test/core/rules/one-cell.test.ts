import { describe, expect, it } from 'vitest'
import { claimsCell } from '../../../server/core/planner/answer-lookup.js'
import type { Target } from '../../../server/core/planner/resolve-scope.js'

const t = { doc: { id: 'd1' }, year: 2023 } as unknown as Target
const cell = (rowId: string, column?: string) => ({ citation: { rowId, column } })

describe('rule one-cell-one-subject', () => {
  it('lets one asked subject take a cell, and the same subject take it again', () => {
    const used = new Map<string, string>()
    expect(claimsCell(used, t, cell('d1/t3/r0', '决算数'), '一般公共预算|basic')).toBe(true)
    expect(claimsCell(used, t, cell('d1/t3/r0', '决算数'), '一般公共预算|basic')).toBe(true)
  })
  it('refuses the same cell to a different subject or column: the table has no figure of its own for it', () => {
    const used = new Map<string, string>()
    expect(claimsCell(used, t, cell('d1/t3/r0', '决算数'), '一般公共预算|personnel')).toBe(true)
    expect(claimsCell(used, t, cell('d1/t3/r0', '决算数'), '一般公共预算|public')).toBe(false)
    expect(claimsCell(used, t, cell('d1/t3/r0', '年初预算'), '一般公共预算|public')).toBe(true)
  })
})
