import { describe, expect, it } from 'vitest'
import { defineTermTool } from '../../../server/core/tools/define-term.js'
import { DOC, citedText, runTool } from '../seed-engine.js'

const define = (input: unknown) => {
  const r = runTool(defineTermTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('define-term', () => {
  it('returns the document’s own definition of 项目支出, cited to its line', () => {
    const r = define({ term: '项目支出', org: '江北' })
    expect(r.definitions).toHaveLength(1)
    expect(r.definitions[0]).toMatchObject({ term: '项目支出', docId: DOC.jiangbei })
    expect(r.definitions[0].text).toContain('在基本支出之外为完成特定行政任务和事业发展目标所发生的支出')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph', docId: DOC.jiangbei, lines: [65, 65] })
    expect(citedText(r.citations[0])).toContain('项目支出：指')
  })

  it('finds a quoted term (“三公”经费) by its plain name and keeps the whole term', () => {
    const r = define({ term: '三公经费', org: '渝北' })
    expect(r.definitions[0].text).toMatch(/^三公经费/)
    expect(r.definitions[0].text).toContain('因公出国')
    expect(r.citations[0].lines).toEqual([131, 131])
  })

  it('deduplicates identical definitions across documents and keeps differing ones', () => {
    const r = define({ term: '基本支出' })
    expect(r.definitions).toHaveLength(1)
    // 南岸 defines 三公经费 as “用财政拨款安排”, the others “用一般公共预算财政拨款安排”: two texts
    const s = define({ term: '三公经费' })
    expect(s.definitions.length).toBe(2)
    expect(new Set(s.definitions.map((d) => d.text)).size).toBe(2)
  })

  it('is an error value for a term the documents do not define', () => {
    expect(runTool(defineTermTool, { term: '量子计算' })).toMatchObject({ ok: false, citations: [] })
  })

  it('rejects malformed input at the schema', () => {
    const s = defineTermTool.inputSchema
    expect(s.safeParse({ term: '' }).success).toBe(false)
    expect(s.safeParse({ term: 'x'.repeat(41) }).success).toBe(false)
    expect(s.safeParse({}).success).toBe(false)
  })
})
