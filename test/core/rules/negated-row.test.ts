import { describe, expect, it } from 'vitest'
import { containingRow } from '../../../server/core/planner/concept-scan.js'
import type { Corpus } from '../../../server/core/schema.js'

const row = (index: number, name: string) => ({ id: `d/t0/r${index}`, index, name, level: 1, isTotal: false, cells: [], lines: [index + 1, index + 1] as [number, number] })
const corpus = {
  version: 1, errors: [],
  documents: [{ id: 'd', tables: [{ id: 'd/t0', kind: 'summary', rows: [row(0, '使用非财政拨款结余'), row(1, '一般公共预算财政拨款收入')], columns: [], fields: [] }] }],
} as unknown as Corpus

describe('a word found only inside a longer row name', () => {
  it('never reads a row that names the word negated (非财政拨款 is not 财政拨款)', () => {
    expect(containingRow(corpus, '财政拨款', 0)?.name).toBe('一般公共预算财政拨款收入')
  })
})

describe('a word read inside a longer row name goes on as the question goes on', () => {
  const named = {
    version: 1, errors: [],
    documents: [{ id: 'd', tables: [{ id: 'd/t0', kind: 'spending', rows: [row(0, '一般公共服务支出'), row(1, '彩票公益金安排的支出')], columns: [], fields: [] }] }],
  } as unknown as Corpus
  it('"一般公共" followed by 预算 is not 一般公共服务支出; "彩票公益金" followed by 支出 is 彩票公益金安排的支出', () => {
    expect(containingRow(named, '一般公共', 0, undefined, '预算')).toBeUndefined()
    expect(containingRow(named, '一般公共', 0)?.name).toBe('一般公共服务支出')
    expect(containingRow(named, '彩票公益金', 0, undefined, '支出')?.name).toBe('彩票公益金安排的支出')
  })
})
