import { describe, expect, it } from 'vitest'
import { rankFiguresTool } from '../../../server/core/tools/rank-figures.js'
import { DOC, runTool } from '../seed-engine.js'

const rank = (input: unknown) => {
  const r = runTool(rankFiguresTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('rank-figures', () => {
  it('ranks one subject across organisations in yuan: 南岸 3,083.00万元 above 渝北 20,390,000元 (= 2,039万元)', () => {
    const r = rank({ name: '城乡医疗救助' })
    expect(r.unit).toBe('元')
    expect(r.ranking.map((x) => [x.rank, x.figure.docId, x.figure.text, x.figure.yuan])).toEqual([
      [1, DOC.nanan, '3,083.00万元', 30_830_000],
      [2, DOC.yubei, '20,390,000.00元', 20_390_000],
    ])
    expect(r.ranking[1].figure.wan).toMatch(/^2,?039(\.0+)?万元$/)
    expect(r.citations.map((c) => [c.docId, c.code, c.value, c.lines[0]])).toEqual([
      [DOC.nanan, '2101301', '3,083.00', 126],
      [DOC.yubei, '2101301', '20,390,000.00', 249],
    ])
    expect(r.missing.map((m) => m.docId).sort()).toEqual([DOC.jiangbei, DOC.qijiang, DOC.kaizhou])
  })

  it('ascending order and a named set of organisations', () => {
    const r = rank({ code: '30217', orgs: ['江北', '渝北区医保局', '南岸'], order: 'asc' })
    expect(r.ranking.map((x) => [x.figure.docId, x.figure.fen])).toEqual([
      [DOC.jiangbei, 500_000],
      [DOC.yubei, 1_000_000],
      [DOC.nanan, 2_000_000],
    ])
  })

  it('compares one organisation across years (a prior-year column counts as a year)', () => {
    const r = rank({ name: '城乡医疗救助', orgs: ['渝北'], years: [2025, 2024] })
    expect(r.ranking.map((x) => [x.figure.year, x.figure.text])).toEqual([
      [2024, '23,480,000.00元'],
      [2025, '20,390,000.00元'],
    ])
  })

  it('falls back to a figure printed in prose for a prose-only document', () => {
    const r = rank({ name: '社会保障和就业支出', orgs: ['开州', '江北'] })
    const kz = r.ranking.find((x) => x.figure.docId === DOC.kaizhou)!
    expect(kz.figure).toMatchObject({ text: '75.02万元', fen: 75_020_000 })
    expect(kz.figure.citation).toMatchObject({ kind: 'paragraph', lines: [37, 37] })
    expect(r.ranking[0].figure).toMatchObject({ docId: DOC.jiangbei, text: '89.74万元' })
    expect(rank({ name: '社会保障和就业支出', orgs: ['开州'], includeProse: false }).ranking).toEqual([])
  })

  it('ranks a synonym of a row name: 公务用车运行费', () => {
    const r = rank({ name: '公务用车运行费', orgs: ['江北', '渝北', '南岸'] })
    expect(r.ranking.map((x) => [x.figure.docId, x.figure.fen])).toEqual([
      [DOC.yubei, 8_000_000],
      [DOC.jiangbei, 5_500_000],
      [DOC.nanan, 1_240_000],
    ])
  })

  it('needs a name or a code, and rejects malformed input at the schema', () => {
    expect(runTool(rankFiguresTool, {})).toMatchObject({ ok: false })
    const s = rankFiguresTool.inputSchema
    expect(s.safeParse({ name: '办公费', order: 'largest' }).success).toBe(false)
    expect(s.safeParse({ name: '办公费', years: ['2025'] }).success).toBe(false)
    expect(s.safeParse({ name: '办公费', orgs: '江北' }).success).toBe(false)
    expect(s.parse({ name: '办公费' })).toMatchObject({ order: 'desc', includeProse: true })
  })
})
