import { describe, expect, it } from 'vitest'
import { computeTool } from '../../../server/core/tools/compute.js'
import { DOC, runTool, seedEngine } from '../seed-engine.js'

/** Row ids by document, table number/title and code, read from the corpus so the test does not hard-code indices. */
function rowId(docId: string, code: string | null, table: (t: { number?: string; kind: string }) => boolean): string {
  const doc = seedEngine().corpus.documents.find((d) => d.id === docId)!
  const t = doc.tables.find((x) => table(x) && x.rows.some((r) => (code === null ? r.isTotal : r.code === code)))!
  return t.rows.find((r) => (code === null ? r.isTotal : r.code === code))!.id
}
const generalRow = (docId: string, code: string | null) => rowId(docId, code, (t) => t.kind === 'general-spending')

const compute = (input: unknown) => {
  const r = runTool(computeTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('compute', () => {
  it('difference in 万元, exact, with both inputs cited', () => {
    // 江北 表二: 卫生健康支出 937.91 − 社会保障和就业支出 89.74 = 848.17万元
    const r = compute({ op: 'difference', operands: [{ rowId: generalRow(DOC.jiangbei, '210') }, { rowId: generalRow(DOC.jiangbei, '208') }] })
    expect(r.result).toMatchObject({ text: '848.17万元', unit: '万元', fen: 848_170_000 })
    expect(r.citations.map((c) => [c.code, c.value, c.lines[0]])).toEqual([
      ['210', '937.91', 103],
      ['208', '89.74', 98],
    ])
  })

  it('change between years reads the prior-year column of the same row', () => {
    // 渝北 城乡医疗救助 20,390,000.00 (2025) − 23,480,000.00 (2024) = −3,090,000.00元, as the prose says
    const id = generalRow(DOC.yubei, '2101301')
    const r = compute({ op: 'change', operands: [{ rowId: id, year: 2025 }, { rowId: id, year: 2024 }] })
    expect(r.result.fen).toBe(-309_000_000)
    expect(r.result.unit).toBe('元')
    expect(r.result.text.replace(/,/g, '')).toMatch(/^-3090000(\.00)?元$/)
    expect(r.citations.map((c) => [c.value, c.year])).toEqual([
      ['20,390,000.00', 2025],
      ['23,480,000.00', 2024],
    ])
  })

  it('share (占比) as a percentage to two decimals, rounded exactly', () => {
    // 江北: 基本支出 628.24 ÷ 合计 1,073.24 = 58.536…% → 58.54%
    const total = generalRow(DOC.jiangbei, null)
    const r = compute({ op: 'share', operands: [{ rowId: total, column: 'basic' }, { rowId: total }] })
    expect(r.result).toMatchObject({ text: '58.54%', unit: '%' })
    expect(r.citations.map((c) => c.value)).toEqual(['628.24', '1,073.24'])
    // 渝北: 项目支出 33,155,882.14 ÷ 41,944,713.02 = 79.05% (the prose rounds it to 79.1%)
    const yb = generalRow(DOC.yubei, null)
    expect(compute({ op: 'share', operands: [{ rowId: yb, column: 'project' }, { rowId: yb }] }).result.text).toBe('79.05%')
  })

  it('growth (a−b)÷b as a percentage', () => {
    // 渝北 事业单位医疗 26,528.40 vs 18,010.40: 8,518 ÷ 18,010.40 = 47.29% (the prose rounds to 47.3%)
    const id = generalRow(DOC.yubei, '2101102')
    expect(compute({ op: 'growth', operands: [{ rowId: id }, { rowId: id, year: 2024 }] }).result.text).toBe('47.29%')
  })

  it('sum without float drift: 0.50 + 5.50 + 0.20 + 1.00 + 1.00 is exactly 8.20万元', () => {
    const ids = ['30217', '30231', '30205', '30206', '30209'].map((code) => rowId(DOC.jiangbei, code, (t) => t.kind === 'basic-spending'))
    const r = compute({ op: 'sum', operands: ids.map((rowId) => ({ rowId })) })
    expect(r.result).toMatchObject({ text: '8.20万元', fen: 8_200_000 })
    expect(r.citations).toHaveLength(5)
  })

  it('mixing 元 and 万元 documents computes in yuan: 南岸 3,083.00万元 − 渝北 20,390,000.00元 = 10,440,000元', () => {
    const r = compute({ op: 'difference', operands: [{ rowId: generalRow(DOC.nanan, '2101301') }, { rowId: generalRow(DOC.yubei, '2101301') }] })
    expect(r.result.fen).toBe(1_044_000_000)
    expect(r.result.unit).toBe('元')
    expect(r.result.wan).toMatch(/^1,?044(\.0+)?万元$/)
  })

  it('takes a figure printed in a paragraph as an operand, with a paragraph citation', () => {
    const doc = seedEngine().corpus.documents.find((d) => d.id === DOC.kaizhou)!
    const p = doc.paragraphs.find((x) => x.text.includes('社会保障和就业支出预算75.02万元'))!
    const r = compute({ op: 'share', operands: [{ paragraphId: p.id, value: '75.02', unit: '万元' }, { paragraphId: p.id, value: '487.64', unit: '万元' }] })
    expect(r.result.text).toBe('15.38%')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph', docId: DOC.kaizhou, paragraphId: p.id, value: '75.02', lines: [37, 37] })
  })

  it('refuses a number the paragraph does not print, and unknown rows, as error values', () => {
    const doc = seedEngine().corpus.documents.find((d) => d.id === DOC.kaizhou)!
    const p = doc.paragraphs.find((x) => x.text.includes('75.02万元'))!
    const made = runTool(computeTool, { op: 'sum', operands: [{ paragraphId: p.id, value: '99.99', unit: '万元' }] })
    expect(made.ok).toBe(false)
    expect(runTool(computeTool, { op: 'sum', operands: [{ rowId: 'nope/t0/r0' }] }).ok).toBe(false)
    const total = generalRow(DOC.jiangbei, null)
    expect(runTool(computeTool, { op: 'difference', operands: [{ rowId: total }] }).ok).toBe(false)
  })

  it('an empty cell is not taken as 0: dividing by it is an error value, not Infinity or 0%', () => {
    // 江北 表二 合计 总计 ÷ the empty 基本支出 cell of 2101506
    const r = runTool(computeTool, { op: 'share', operands: [{ rowId: generalRow(DOC.jiangbei, null) }, { rowId: generalRow(DOC.jiangbei, '2101506'), column: 'basic' }] })
    expect(r.ok).toBe(false)
  })

  it('rejects malformed input at the schema', () => {
    const s = computeTool.inputSchema
    expect(s.safeParse({ op: 'multiply', operands: [{ rowId: 'x' }] }).success).toBe(false)
    expect(s.safeParse({ op: 'sum', operands: [] }).success).toBe(false)
    expect(s.safeParse({ op: 'sum', operands: [{ value: '1' }] }).success).toBe(false)
    expect(s.safeParse({ op: 'sum', operands: Array.from({ length: 21 }, () => ({ rowId: 'x' })) }).success).toBe(false)
  })
})

describe('percentHundredths', () => {
  it('is exact for figures with decimals (a table whose unit is not stated gives no fen), not only integers', async () => {
    const { percentHundredths } = await import('../../../server/core/tools/lib/arithmetic.js')
    expect(percentHundredths(750.75, 1453.2)).toBe(5166) // 51.66%
    expect(percentHundredths(-3.7, 56)).toBe(-661)
    expect(percentHundredths(1, 3)).toBe(3333)
    expect(percentHundredths(75_075, 145_320)).toBe(5166)
  })
})
