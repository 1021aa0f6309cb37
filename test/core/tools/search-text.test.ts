import { describe, expect, it } from 'vitest'
import { searchTextTool } from '../../../server/core/tools/search-text.js'
import { DOC, citedText, runTool } from '../seed-engine.js'

const search = (input: unknown) => {
  const r = runTool(searchTextTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('search-text', () => {
  it('finds the reasons (主要原因) in Chinese prose, one cited paragraph per hit', () => {
    const r = search({ query: '主要原因', org: '江北', mustContain: ['主要原因'] })
    expect(r.hits.length).toBeGreaterThan(1)
    for (const h of r.hits) {
      expect(h.docId).toBe(DOC.jiangbei)
      expect(h.sentences.every((s) => s.includes('主要原因'))).toBe(true)
    }
    expect(r.hits.map((h) => h.sentences.join('')).join('')).toContain('减少医保中央能力提升资金预算')
    expect(r.citations).toHaveLength(r.hits.length)
    r.citations.forEach((c, i) => {
      expect(c).toMatchObject({ kind: 'paragraph', docId: DOC.jiangbei, paragraphId: r.hits[i].paragraphId })
      // the cited lines hold the cited sentence (compared without spaces and punctuation width)
      const squash = (s: string) => s.replace(/[\s,，:：;；()（）]/g, '')
      expect(squash(citedText(c))).toContain(squash(c.text!).slice(0, 20))
    })
  })

  it('finds counts stated in prose: 编制25名 in 綦江', () => {
    const r = search({ query: '编制', org: '綦江' })
    const hit = r.hits.find((h) => h.sentences.some((s) => /编制\s*25\s*名/.test(s)))
    expect(hit).toBeDefined()
    expect(r.citations[r.hits.indexOf(hit!)].lines[0]).toBeLessThanOrEqual(11)
    expect(r.citations[r.hits.indexOf(hit!)].lines[1]).toBeGreaterThanOrEqual(11)
  })

  it('searches a prose-only document (开州 has no tables)', () => {
    const r = search({ query: '内设机构', org: '开州区医保中心' })
    expect(r.hits[0]).toMatchObject({ docId: DOC.kaizhou })
    expect(r.hits[0].sentences.join('')).toMatch(/内设机构\s*6\s*个/)
    expect(r.citations[0].lines).toEqual([27, 27])
  })

  it('filters by year and by organisation', () => {
    const y = search({ query: '车辆', year: 2025, limit: 10 })
    expect(y.hits.length).toBeGreaterThan(0)
    expect(new Set(y.hits.map((h) => h.docId))).toEqual(new Set([DOC.yubei]))
    const all = search({ query: '车辆', limit: 20 })
    expect(new Set(all.hits.map((h) => h.docId)).size).toBeGreaterThan(1)
    expect(search({ query: '车辆', org: '南岸', limit: 10 }).hits.every((h) => h.docId === DOC.nanan)).toBe(true)
  })

  it('a query nothing matches gives no hits and no citations', () => {
    const r = search({ query: '航天飞机发射', org: '江北' })
    expect(r.hits).toEqual([])
    expect(r.citations).toEqual([])
  })

  it('rejects malformed input at the schema', () => {
    const s = searchTextTool.inputSchema
    expect(s.safeParse({}).success).toBe(false)
    expect(s.safeParse({ query: '' }).success).toBe(false)
    expect(s.safeParse({ query: 'x'.repeat(201) }).success).toBe(false)
    expect(s.safeParse({ query: '原因', mustContain: '主要原因' }).success).toBe(false)
    expect(s.parse({ query: '原因' }).limit).toBe(5)
  })
})
