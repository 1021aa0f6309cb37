import { describe, expect, it } from 'vitest'
import { findRowsTool } from '../../../server/core/tools/find-rows.js'
import { DOC, citedText, runTool, seedLine } from '../seed-engine.js'

const find = (input: unknown) => {
  const r = runTool(findRowsTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('find-rows', () => {
  it('finds a functional subject by code, best table first, with its filled cells and its source line', () => {
    const r = find({ org: '江北区医保事务中心', year: 2026, code: '2101506' })
    const top = r.rows[0]
    expect(top).toMatchObject({ docId: DOC.jiangbei, code: '2101506', name: '医疗保障经办事务', tableNumber: '表二', tableKind: 'general-spending' })
    expect(top.cells.map((c) => [c.role, c.text, c.unit])).toEqual([
      ['total', '157.20', '万元'],
      ['project', '157.20', '万元'],
    ])
    expect(r.citations[0]).toMatchObject({ kind: 'row', docId: DOC.jiangbei, rowId: top.rowId, code: '2101506', rowName: '医疗保障经办事务', lines: [109, 109] })
    expect(seedLine(DOC.jiangbei, 109)).toBe('2101506\t医疗保障经办事务\t157.20\t\t157.20')
    // every row carrying the code is found: 表二, 表七 收入总表, 表八 支出总表
    expect(r.rows.map((x) => x.tableNumber).sort()).toEqual(['表七', '表二', '表八'])
  })

  it('finds an economic subject code (30217) in the 基本支出表', () => {
    const r = find({ org: '渝北', code: '30217' })
    expect(r.rows[0]).toMatchObject({ docId: DOC.yubei, name: '公务接待费', tableKind: 'basic-spending' })
    expect(r.rows[0].cells.find((c) => c.role === 'total')).toMatchObject({ text: '10,000.00', unit: '元' })
    expect(r.citations[0].lines).toEqual([288, 288])
    expect(citedText(r.citations[0])).toContain('30217\t公务接待费\t10,000.00')
  })

  it.each([
    ['医保中心', DOC.jiangbei],
    ['医保事务中心', DOC.jiangbei],
    ['医疗保障事务中心', DOC.jiangbei],
    ['江北', DOC.jiangbei],
    ['江北区', DOC.jiangbei],
    ['重庆市江北区医疗保障事务中心', DOC.jiangbei],
  ])('matches the organisation %s (with the year 2026) fuzzily', (org, docId) => {
    const r = find({ org, year: 2026, code: '30201' })
    expect(new Set(r.rows.map((x) => x.docId))).toEqual(new Set([docId]))
    expect(r.rows[0].cells[0]).toMatchObject({ text: '19.26', unit: '万元' })
  })

  it('matches row-name synonyms: 公务用车运行费 finds 公务用车运行维护费', () => {
    const r = find({ org: '南岸区医保局', name: '公务用车运行费', tableKind: 'basic-spending' })
    expect(r.rows[0]).toMatchObject({ docId: DOC.nanan, code: '30231', name: '公务用车运行维护费' })
    expect(r.rows[0].cells[0]).toMatchObject({ text: '1.24', unit: '万元' })
    expect(r.citations[0].lines).toEqual([175, 175])
    expect(seedLine(DOC.nanan, 175)).toContain('公务用车运行维护费\t1.24')
  })

  it('narrows by table kind and finds the totals rows', () => {
    const r = find({ org: '江北', tableKind: 'basic-spending', totalOnly: true })
    expect(r.rows).toHaveLength(1)
    expect(r.rows[0]).toMatchObject({ name: '合计', isTotal: true, tableNumber: '表三' })
    expect(r.rows[0].cells.map((c) => [c.role, c.text])).toEqual([
      ['total', '628.24'],
      ['personnel', '508.09'],
      ['public', '120.15'],
    ])
    expect(r.citations[0].lines).toEqual([126, 126])
  })

  it('keeps the prior-year column of a row with its year', () => {
    const r = find({ org: '渝北', code: '2101301', tableKind: 'general-spending' })
    const cells = r.rows[0].cells
    expect(cells.find((c) => c.year === 2024)).toMatchObject({ text: '23,480,000.00', unit: '元' })
    expect(cells.find((c) => c.role === 'growth')?.text).toBe('-13%')
  })

  it('respects the limit and returns one citation per row', () => {
    const r = find({ name: '住房公积金', limit: 3 })
    expect(r.rows).toHaveLength(3)
    expect(r.citations).toHaveLength(3)
    r.citations.forEach((c, i) => expect(c.rowId).toBe(r.rows[i].rowId))
  })

  it('is an error value (not a throw) for an organisation or year not held', () => {
    const r = runTool(findRowsTool, { org: '江北', year: 2019, code: '30201' })
    expect(r.ok).toBe(false)
    expect(r.citations).toEqual([])
    expect(runTool(findRowsTool, { org: '沙坪坝区教委', name: '办公费' }).ok).toBe(false)
  })

  it('rejects malformed input at the schema', () => {
    const s = findRowsTool.inputSchema
    expect(s.safeParse({ code: '21-01' }).success).toBe(false)
    expect(s.safeParse({ code: '12' }).success).toBe(false)
    expect(s.safeParse({ tableKind: 'budget' }).success).toBe(false)
    expect(s.safeParse({ limit: 0 }).success).toBe(false)
    expect(s.safeParse({ limit: 1000 }).success).toBe(false)
    expect(s.parse({}).limit).toBe(10)
  })
})
