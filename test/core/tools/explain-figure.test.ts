import { describe, expect, it } from 'vitest'
import { explainFigureTool } from '../../../server/core/tools/explain-figure.js'
import { DOC, citedText, runTool } from '../seed-engine.js'

const explain = (input: unknown) => {
  const r = runTool(explainFigureTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('explain-figure', () => {
  it('finds the change against last year and the 主要原因 of 项目支出 (江北), cited to its paragraph line', () => {
    const { explanations, citations } = explain({ name: '项目支出', org: '江北' })
    expect(explanations).toHaveLength(1)
    expect(explanations[0]).toMatchObject({ docId: DOC.jiangbei, year: 2026, change: { direction: 'down', text: '106.41万元' } })
    expect(explanations[0].reason).toContain('减少医保中央能力提升资金预算')
    expect(citations[0]).toMatchObject({ kind: 'paragraph', docId: DOC.jiangbei, lines: [35, 35] })
    expect(citedText(citations[0])).toContain('106.41')
  })

  it('an increase with its reason in a 元 document (渝北 基本支出 +136,035.66元)', () => {
    const e = explain({ name: '基本支出', org: '渝北' }).explanations[0]
    expect(e.change).toMatchObject({ direction: 'up' })
    expect(e.change?.text?.replace(/,/g, '')).toBe('136035.66元')
    expect(e.reason).toContain('新招录一名工作人员')
  })

  it('picks the sentence that states the figure when given its fen (城乡医疗救助 20,390,000元)', () => {
    const r = explain({ name: '城乡医疗救助', org: '渝北', fen: 2_039_000_000 })
    expect(r.explanations[0]).toMatchObject({ anchored: true, change: { direction: 'down' } })
    expect(r.explanations[0].change?.text?.replace(/,/g, '')).toBe('3090000元')
    expect(r.explanations[0].reason).toContain('上年结余较大')
    expect(r.citations[0].lines).toEqual([73, 73])
  })

  it('reports an unchanged figure as flat (江北 三公经费 与 2025 年持平)', () => {
    const e = explain({ name: '三公经费', org: '江北' }).explanations[0]
    expect(e.change?.direction).toBe('flat')
    expect(explain({ name: '三公经费', org: '江北' }).citations[0].lines).toEqual([41, 41])
  })

  it('is an error value when the prose says nothing about the figure', () => {
    expect(runTool(explainFigureTool, { name: '飞机购置费', org: '江北' })).toMatchObject({ ok: false, citations: [] })
  })

  it('rejects malformed input at the schema', () => {
    const s = explainFigureTool.inputSchema
    expect(s.safeParse({}).success).toBe(false)
    expect(s.safeParse({ name: '项目支出', fen: 1.5 }).success).toBe(false)
    expect(s.safeParse({ name: '项目支出', year: 'next' }).success).toBe(false)
  })
})

describe('a whole whose change is exactly one part’s change', () => {
  it('takes the part’s stated reason for the whole (南岸 三公 −2.26万元 = 公务用车运行维护费 −2.26万元)', () => {
    const r = runTool(explainFigureTool, { docId: DOC.nanan, name: '三公经费' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const e = r.explanations[0]
    expect(e.change?.direction).toBe('down')
    expect(e.change?.text).toBe('2.26万元')
    expect(e.reason).toContain('压缩公务用车运行维护开支')
    expect(r.citations[0].lines[0]).toBeLessThanOrEqual(55)
    expect(r.citations[0].lines[1]).toBeGreaterThanOrEqual(55)
  })
})
