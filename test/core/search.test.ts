import { describe, expect, it } from 'vitest'
import { buildSearchIndex, loadSearchIndex } from '../../server/core/search/search-index.js'
import { tokenizeZh } from '../../server/core/search/zh-tokenizer.js'
import { DOC, seedEngine, seedLine } from './seed-engine.js'

const search = (q: string, filter = {}, limit = 10) => seedEngine().search(q, filter, limit)

describe('Chinese tokenizer', () => {
  it('emits segmenter words and the bigrams of every Han run', () => {
    const t = tokenizeZh('主要原因')
    expect(t).toEqual(expect.arrayContaining(['主要', '要原', '原因']))
    // 编制25名: the digits stay one token, the Han runs give their bigrams
    const c = tokenizeZh('编制25名')
    expect(c).toEqual(expect.arrayContaining(['编制', '25']))
    expect(c).not.toContain('')
  })

  it('normalises full-width forms and drops punctuation-only tokens', () => {
    expect(tokenizeZh('３０２１７')).toContain('30217')
    expect(tokenizeZh('，。；！')).toEqual([])
  })
})

describe('search index over rows and paragraphs', () => {
  it('finds paragraphs by a Chinese phrase lunr’s default pipeline would drop (主要原因)', () => {
    const hits = search('主要原因', { kind: 'paragraph', docId: DOC.jiangbei })
    expect(hits.length).toBeGreaterThan(1)
    expect(hits.every((h) => h.text!.includes('主要原因') || h.text!.includes('原因'))).toBe(true)
    expect(hits[0].text).toContain('主要原因')
  })

  it('finds a count stated in prose (编制25名) with its source lines', () => {
    const [hit] = search('编制25名', { kind: 'paragraph' })
    expect(hit).toMatchObject({ docId: DOC.qijiang, kind: 'paragraph' })
    expect(hit.text).toMatch(/编制\s*25\s*名/)
    const lines = Array.from({ length: hit.lines[1] - hit.lines[0] + 1 }, (_, i) => seedLine(hit.docId, hit.lines[0] + i)).join('')
    expect(lines).toMatch(/编制\s*25\s*名/)
  })

  it('finds rows by subject code (30217) in every document that has it, with the value as printed', () => {
    const hits = search('30217', { kind: 'row' }, 20)
    expect(hits.length).toBeGreaterThanOrEqual(3)
    expect(hits.every((h) => h.code === '30217' && h.name === '公务接待费')).toBe(true)
    const byDoc = Object.fromEntries(hits.map((h) => [h.docId, [h.value, h.unit]]))
    expect(byDoc).toMatchObject({ [DOC.jiangbei]: ['0.50', '万元'], [DOC.yubei]: ['10,000.00', '元'], [DOC.nanan]: ['2.00', '万元'] })
    expect(hits.find((h) => h.docId === DOC.yubei)!.lines).toEqual([288, 288])
  })

  it('ranks the row whose name is the query first (城乡医疗救助) and gives its 万元 form', () => {
    const [top] = search('城乡医疗救助', { kind: 'row', docId: DOC.yubei })
    expect(top).toMatchObject({ name: '城乡医疗救助', code: '2101301', value: '20,390,000.00', unit: '元' })
    expect(top.wan).toMatch(/^2,?039(\.0+)?万元$/)
  })

  it('filters by organisation, year, document and kind', () => {
    expect(search('住房公积金', { year: 2025 }, 50).every((h) => h.year === 2025)).toBe(true)
    expect(search('住房公积金', { org: '南岸' }, 50).every((h) => h.docId === DOC.nanan)).toBe(true)
    expect(search('住房公积金', { org: '南岸' }, 50).length).toBeGreaterThan(0)
    expect(search('住房公积金', { docId: DOC.qijiang, kind: 'row' }, 50).every((h) => h.docId === DOC.qijiang && h.kind === 'row')).toBe(true)
    expect(search('住房公积金', { year: 1999 })).toEqual([])
  })

  it('reads an organisation filter as questions read organisations, not as a substring of names', () => {
    // a short form no document's name contains as written (医保局 for 医疗保障局) still finds that organisation
    const short = search('住房公积金', { org: '南岸区医保局' }, 50)
    expect(short.length).toBeGreaterThan(0)
    expect(short.every((h) => h.docId === DOC.nanan)).toBe(true)
    // the index itself never matches an organisation's words: only the engine resolves them to documents
    expect(() => seedEngine().index.search('住房公积金', { org: '南岸' })).toThrow(/docIds/)
  })

  it('respects the limit and returns nothing for an empty or punctuation-only query', () => {
    expect(search('支出', {}, 3)).toHaveLength(3)
    expect(search('')).toEqual([])
    expect(search('，。')).toEqual([])
  })

  it('round-trips through JSON: a saved index loads again and answers the same', () => {
    const { corpus } = seedEngine()
    const saved = JSON.parse(JSON.stringify(buildSearchIndex(corpus)))
    const reloaded = loadSearchIndex(saved, corpus)
    for (const q of ['主要原因', '30217', '编制25名', '城乡医疗救助']) {
      expect(reloaded.search(q, {}, 5).map((h) => h.ref)).toEqual(search(q, {}, 5).map((h) => h.ref))
    }
  })
})
