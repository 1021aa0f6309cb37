import { describe, expect, it } from 'vitest'
import { getFigureTool } from '../../../server/core/tools/get-figure.js'
import { DOC, citedText, runTool, seedLine } from '../seed-engine.js'

const get = (input: unknown) => {
  const r = runTool(getFigureTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('get-figure', () => {
  it('reads a row × the total column: printed amount, unit, exact fen, 万元 form and a citation of the very line', () => {
    const { figures, citations } = get({ org: '江北区医保中心', year: 2026, name: '社会保障和就业支出' })
    expect(figures).toHaveLength(1)
    const f = figures[0]
    expect(f).toMatchObject({ docId: DOC.jiangbei, year: 2026, code: '208', text: '89.74万元', fen: 89_740_000, yuan: 897_400 })
    expect(f.amount).toMatchObject({ text: '89.74', value: '89.74', unit: '万元' })
    expect(citations[0]).toMatchObject({
      kind: 'row', docId: DOC.jiangbei, org: '原重庆市江北区医疗保障事务中心', year: 2026,
      tableNumber: '表二', tableTitle: '一般公共预算财政拨款支出预算表', code: '208', rowName: '社会保障和就业支出',
      value: '89.74', unit: '万元', lines: [98, 98],
    })
    expect(citations[0].column).toMatch(/总计/)
    expect(seedLine(DOC.jiangbei, 98)).toBe('208\t社会保障和就业支出\t89.74\t89.74\t')
  })

  it.each([
    ['basic', '基本支出', '492.91'],
    ['project', '项目支出', '445.00'],
  ] as const)('reads the %s column of a row', (column, label, value) => {
    const { figures, citations } = get({ org: '江北', year: 2026, code: '210', column })
    expect(figures[0].amount.text).toBe(value)
    expect(figures[0].columnRole).toBe(column)
    expect(citations[0]).toMatchObject({ code: '210', rowName: '卫生健康支出', value, lines: [103, 103] })
    expect(citations[0].column).toContain(label)
  })

  it('reads the 人员经费 and 公用经费 columns of the 基本支出表 totals', () => {
    expect(get({ org: '渝北', name: '合计', tableKind: 'basic-spending', column: 'personnel' }).figures[0]).toMatchObject({ text: '7,052,424.76元', fen: 705242476 })
    const pub = get({ org: '南岸', name: '合计', tableKind: 'basic-spending', column: 'public' })
    expect(pub.figures[0]).toMatchObject({ text: '138.98万元', fen: 138_980_000 })
    expect(pub.citations[0].lines).toEqual([151, 151])
  })

  it('reads the prior-year column when asked for the earlier year', () => {
    const { figures, citations } = get({ org: '渝北区医保局', code: '2101301', year: 2024 })
    expect(figures[0]).toMatchObject({ year: 2024, text: '23,480,000.00元', fen: 2348000000 })
    expect(citations[0]).toMatchObject({ rowName: '城乡医疗救助', value: '23,480,000.00', unit: '元', year: 2024, lines: [249, 249] })
    expect(citations[0].column).toContain('2024')
    expect(seedLine(DOC.yubei, 249)).toContain('23,480,000.00')
  })

  it('keeps 元 exact and gives the 万元 form without float drift: 20,390,000元 = 2,039万元', () => {
    const f = get({ org: '渝北', year: 2025, name: '城乡医疗救助' }).figures[0]
    expect(f.text).toBe('20,390,000.00元')
    expect(f.fen).toBe(2_039_000_000)
    expect(f.yuan).toBe(20_390_000)
    expect(f.wan).toMatch(/^2,?039(\.0+)?万元$/)
    // 573,343.20元 is 57.33432万元 exactly, not 57.334320000000005
    expect(get({ org: '渝北', year: 2025, code: '2210201' }).figures[0].wan).toBe('57.33432万元')
    // 0.1 + 0.2 style drift in 万元 → fen: 45.59万元 is 455,900元
    expect(get({ org: '江北', code: '221' }).figures[0]).toMatchObject({ fen: 45_590_000, yuan: 455_900 })
  })

  it('matches row-name synonyms: 公务用车运行费 reads the 公务用车运行维护费 row', () => {
    const { figures, citations } = get({ org: '渝北', name: '公务用车运行费', tableKind: 'basic-spending' })
    expect(figures[0]).toMatchObject({ text: '80,000.00元', code: '30231' })
    expect(citations[0]).toMatchObject({ rowName: '公务用车运行维护费', lines: [292, 292] })
  })

  it('reads a figure by rowId, as the model does after find-rows', () => {
    const { figures, citations } = get({ rowId: `${DOC.nanan}/t1/r13` })
    expect(figures[0]).toMatchObject({ code: '2101301', text: '3,083.00万元' })
    expect(citedText(citations[0])).toContain('城乡医疗救助')
    expect(citedText(citations[0])).toContain('3,083.00')
  })

  it('returns one figure per organisation when none is named', () => {
    const { figures } = get({ code: '30217' })
    const byDoc = Object.fromEntries(figures.map((f) => [f.docId, f.text]))
    expect(byDoc).toMatchObject({ [DOC.jiangbei]: '0.50万元', [DOC.yubei]: '10,000.00元', [DOC.nanan]: '2.00万元' })
  })

  it('an empty cell is not 0: it is reported as empty with the row cited', () => {
    const r = runTool(getFigureTool, { org: '江北', code: '2101506', column: 'basic' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatch(/empty/)
    expect(r.citations[0]).toMatchObject({ code: '2101506', lines: [109, 109] })
    expect(r.citations.every((c) => c.value === '' || c.value === undefined)).toBe(true)
  })

  it('is an error value for an unknown row, subject or missing name', () => {
    expect(runTool(getFigureTool, { rowId: 'nope/t0/r0' })).toMatchObject({ ok: false })
    expect(runTool(getFigureTool, { org: '江北', name: '飞机购置费' })).toMatchObject({ ok: false })
    expect(runTool(getFigureTool, { org: '江北' })).toMatchObject({ ok: false })
  })

  it('rejects malformed input at the schema', () => {
    const s = getFigureTool.inputSchema
    expect(s.safeParse({ column: '基本支出' }).success).toBe(false)
    expect(s.safeParse({ code: 2101506 }).success).toBe(false)
    expect(s.safeParse({ year: 'last year' }).success).toBe(false)
    expect(s.safeParse({ name: 'x'.repeat(101) }).success).toBe(false)
  })
})
