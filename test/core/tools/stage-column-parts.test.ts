import { describe, expect, it } from 'vitest'
import type { BudgetDocument, Column, ColumnRole, Table } from '../../../server/core/schema.js'
import { accountsColumn, stageColumn } from '../../../server/core/tools/lib/stage-column.js'

const col = (index: number, path: string[], role: ColumnRole): Column => ({ index, path, role, label: path.join(' › ') } as unknown as Column)
const doc = { scope: '部门决算' } as BudgetDocument

describe('rule stage-column: a stage group split into parts is read at its total', () => {
  // 一般公共预算财政拨款支出决算表: 年初预算数 | 决算数 › 基本支出 | 决算数 › 项目支出 | 决算数 › 合计 (the total printed last)
  const cols = [col(4, ['年初预算数'], 'initial'), col(5, ['决算数', '基本支出'], 'basic'), col(6, ['决算数', '项目支出'], 'project'), col(7, ['决算数', '合计'], 'amount')]
  const table = { columns: cols } as unknown as Table
  const all = new Set([4, 5, 6, 7])

  it('决算 asked: the group’s 合计, not its first part (a row whose 基本支出 is 0.00 answered 0.00)', () => {
    expect(stageColumn(doc, table, cols, 'final', all)?.index).toBe(7)
    expect(stageColumn(doc, table, cols, 'initial', all)?.index).toBe(4)
    expect(accountsColumn(doc, table, cols, all)?.index).toBe(7)
  })

  it('with no total printed, a column that is no part; with only parts, the first part as before', () => {
    const noTotal = [cols[0], cols[1], col(8, ['决算数', '其他'], 'amount'), cols[2]]
    expect(stageColumn(doc, { columns: noTotal } as unknown as Table, noTotal, 'final', all)?.index).toBe(8)
    const parts = [cols[0], cols[1], cols[2]]
    expect(stageColumn(doc, { columns: parts } as unknown as Table, parts, 'final', all)?.index).toBe(5)
  })
})
