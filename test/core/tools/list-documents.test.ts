import { describe, expect, it } from 'vitest'
import { listDocumentsTool } from '../../../server/core/tools/list-documents.js'
import { DOC, runTool, seedEngine } from '../seed-engine.js'

const list = (input: unknown) => {
  const r = runTool(listDocumentsTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('list-documents', () => {
  it('lists every seed document with organisation, year, scope and money unit', () => {
    const docs = list({}).documents
    expect(docs.map((d) => [d.docId, d.year]).sort()).toEqual([
      [DOC.jiangbei, 2026],
      [DOC.qijiang, 2023],
      [DOC.kaizhou, 2026],
      [DOC.yubei, 2025],
      [DOC.nanan, 2024],
    ])
    const yubei = docs.find((d) => d.docId === DOC.yubei)!
    expect(yubei).toMatchObject({ org: '重庆市渝北区医疗保障局', scope: '部门预算', unit: '元' })
    expect(docs.find((d) => d.docId === DOC.jiangbei)).toMatchObject({ org: '原重庆市江北区医疗保障事务中心', scope: '单位预算', unit: '万元' })
  })

  it('reports the prior years a document holds through its prior-year columns', () => {
    const yubei = list({ org: '渝北区医保局' }).documents
    expect(yubei.map((d) => d.docId)).toEqual([DOC.yubei])
    expect(yubei[0].yearsHeld).toEqual([2025, 2024])
  })

  it('lists a document’s tables with number, title, kind and unit (the catalogue left out)', () => {
    const [jb] = list({ org: '江北' }).documents
    const t2 = jb.tables.find((t) => t.number === '表二')!
    expect(t2).toMatchObject({ title: '一般公共预算财政拨款支出预算表', kind: 'general-spending', unit: '万元', noData: false })
    expect(jb.tables.find((t) => t.number === '表五')).toMatchObject({ kind: 'gov-fund', noData: true })
    expect(list({ org: '渝北' }).documents[0].tables.some((t) => t.kind === 'catalog')).toBe(false)
  })

  it.each([
    ['医保中心', [DOC.jiangbei, DOC.qijiang, DOC.kaizhou]],
    ['医疗保障事务中心', [DOC.jiangbei, DOC.qijiang, DOC.kaizhou]],
    ['江北区医保事务中心', [DOC.jiangbei]],
    ['江北', [DOC.jiangbei]],
    ['重庆市南岸区医疗保障局', [DOC.nanan]],
    ['南岸区医保局', [DOC.nanan]],
  ])('matches the organisation %s fuzzily', (org, ids) => {
    expect(list({ org }).documents.map((d) => d.docId).sort()).toEqual([...ids].sort())
  })

  it('filters by year, including a year held only as a prior-year column', () => {
    expect(list({ year: 2026 }).documents.map((d) => d.docId).sort()).toEqual([DOC.jiangbei, DOC.kaizhou])
    expect(list({ year: 2024 }).documents.map((d) => d.docId).sort()).toEqual([DOC.yubei, DOC.nanan])
    expect(list({ year: 2019 }).documents).toEqual([])
  })

  it('an organisation it cannot match is not ok (and its name is not echoed back)', () => {
    const r = runTool(listDocumentsTool, { org: '沙坪坝区教育委员会9876.54' })
    expect(r.ok).toBe(false)
    expect(JSON.stringify(r)).not.toContain('9876.54')
  })

  it('rejects malformed input at the schema', () => {
    expect(listDocumentsTool.inputSchema.safeParse({ year: '2025' }).success).toBe(false)
    expect(listDocumentsTool.inputSchema.safeParse({ year: 20250 }).success).toBe(false)
    expect(listDocumentsTool.inputSchema.safeParse({ year: 2025.5 }).success).toBe(false)
    expect(listDocumentsTool.inputSchema.safeParse({ org: 'x'.repeat(101) }).success).toBe(false)
  })
})

describe('list-documents cites each document by its own title line', () => {
  it('returns a paragraph citation of the title line of every listed document that prints one', () => {
    const r = runTool(listDocumentsTool, {})
    if (!r.ok) throw new Error(r.error)
    expect(r.citations.length).toBeGreaterThan(0)
    for (const c of r.citations) {
      const doc = seedEngine().corpus.documents.find((d) => d.id === c.docId)!
      expect(c.kind).toBe('paragraph')
      expect(c.text?.replace(/\s+/g, '')).toContain(doc.title.replace(/\s+/g, '').slice(0, 6))
    }
  })
})
