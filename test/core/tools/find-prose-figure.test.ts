import { describe, expect, it } from 'vitest'
import { findProseFigureTool } from '../../../server/core/tools/find-prose-figure.js'
import { DOC, citedText, runTool } from '../seed-engine.js'

const find = (input: unknown) => {
  const r = runTool(findProseFigureTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('find-prose-figure', () => {
  it('reads money stated in the prose of a prose-only document (开州: 社会保障和就业支出预算75.02万元)', () => {
    const { figures, citations } = find({ name: '社会保障和就业支出', org: '开州' })
    expect(figures).toHaveLength(1)
    expect(figures[0]).toMatchObject({ docId: DOC.kaizhou, year: 2026, text: '75.02万元', fen: 75_020_000, yuan: 750_200 })
    expect(citations[0]).toMatchObject({ kind: 'paragraph', docId: DOC.kaizhou, value: '75.02', unit: '万元', lines: [37, 37] })
    expect(citedText(citations[0])).toContain('社会保障和就业支出预算75.02万元')
  })

  it.each([
    ['编制', '綦江', undefined, '25', '名', 11],
    ['科室', '江北', undefined, '7', '个', 25],
    ['编制', '渝北', ['中心'], '24', '人', 33],
    ['车辆', '渝北', undefined, '2', '辆', 115],
    ['车辆', '江北', undefined, '1', '辆', 53],
  ])('reads the count %s of %s', (name, org, near, value, unit, line) => {
    const { figures, citations } = find({ name, kind: 'count', org, near })
    expect(figures[0].amount).toMatchObject({ value, unit })
    expect(figures[0].fen).toBeUndefined()
    expect(citations[0].lines[0]).toBeLessThanOrEqual(line)
    expect(citations[0].lines[1]).toBeGreaterThanOrEqual(line)
    expect(citedText(citations[0]).replace(/\s/g, '')).toContain(`${value}${unit}`)
  })

  it('a count of zero is a figure, not a miss (綦江: 车辆 0 辆)', () => {
    const { figures } = find({ name: '车辆', kind: 'count', org: '綦江' })
    expect(figures[0].amount).toMatchObject({ value: '0', unit: '辆' })
  })

  it('one figure per document when no organisation is named', () => {
    const { figures } = find({ name: '车辆', kind: 'count' })
    const byDoc = Object.fromEntries(figures.map((f) => [f.docId, f.amount.value]))
    expect(byDoc).toMatchObject({ [DOC.jiangbei]: '1', [DOC.qijiang]: '0', [DOC.yubei]: '2', [DOC.nanan]: '1' })
  })

  it('is an error value when the prose states no such figure', () => {
    const r = runTool(findProseFigureTool, { name: '飞机', kind: 'count', org: '江北' })
    expect(r).toMatchObject({ ok: false, citations: [] })
  })

  it('rejects malformed input at the schema', () => {
    const s = findProseFigureTool.inputSchema
    expect(s.safeParse({}).success).toBe(false)
    expect(s.safeParse({ name: '编制', kind: 'people' }).success).toBe(false)
    expect(s.safeParse({ name: '编制', near: ['a', 'b', 'c', 'd', 'e', 'f'] }).success).toBe(false)
    expect(s.parse({ name: '编制' }).kind).toBe('money')
  })
})
