import { describe, expect, it } from 'vitest'
import type { BudgetDocument, Corpus } from '../../../server/core/schema.js'
import type { SearchIndex } from '../../../server/core/search/search-index.js'
import { searchText } from '../../../server/core/tools/search-text.js'
import { proseMayHold, sentenceMayHold } from '../../../server/core/tools/lib/prose-may-hold.js'

// a small document of its own (not a seed): two paragraphs, one saying it has no 国有资本经营 money
const paragraphs = ['本单位2031年无国有资本经营预算拨款安排的支出。', '“三公”经费预算 12.5 万元，比上年减少 0.5 万元。', '政府采购预算 3 万元。本年无结转。']
const doc: BudgetDocument = {
  id: 'qiaoshan', file: 'qiaoshan.txt', title: '桥山县文物局2031年部门预算', org: '桥山县文物局', year: 2031, scope: '部门预算', lineCount: 3,
  sections: [], tables: [], unparsed: [],
  paragraphs: paragraphs.map((text, i) => ({ id: `qiaoshan/p${i}`, docId: 'qiaoshan', index: i, heading: false, text, lines: [i + 1, i + 1] as [number, number] })),
}
const corpus: Corpus = { version: 1, documents: [doc], errors: [] }

/** An index that answers every query with both paragraphs, counting the queries. */
function countingIndex() {
  const queries: string[] = []
  const index: SearchIndex = {
    search: (q) => (queries.push(q), doc.paragraphs.map((p) => ({ ref: p.id, docId: doc.id, org: doc.org, year: doc.year, kind: 'paragraph' as const, score: 1 })) as never),
  }
  return { index, queries }
}

describe('proseMayHold', () => {
  it.each([
    [['国有资本经营', '无'], true],
    [['三公经费', '减少'], true], // compact: the quotes and the spaces go
    [['三公 经费'], true], // a word with a space holds in the compact paragraph
    [['国有资本经营', '减少'], false], // both words, but never in one paragraph
    [['政府性基金'], false],
  ])('%j in some one paragraph: %s', (words, held) => {
    expect(proseMayHold(doc, ...(words as string[]))).toBe(held)
  })
})

describe('sentenceMayHold', () => {
  it('a word and a subject in one sentence, as the search splits sentences', () => {
    expect(sentenceMayHold(doc, '无', '国有资本')).toBe(true)
    expect(sentenceMayHold(doc, '减少', '三公经费')).toBe(true)
    // one paragraph holds both, but not one sentence: "…政府采购预算3万元。本年无结转。"
    expect(proseMayHold(doc, '无', '政府采购')).toBe(true)
    expect(sentenceMayHold(doc, '无', '政府采购')).toBe(false)
    expect(sentenceMayHold(doc, '没有', '国有资本')).toBe(false)
  })
})

describe('search-text with words every sentence must hold', () => {
  it('queries no index when no paragraph in scope holds them, and finds the same when one does', () => {
    const none = countingIndex()
    expect(searchText(corpus, none.index, { query: '政府性基金预算', docId: 'qiaoshan', mustContain: ['政府性基金'] })).toMatchObject({ ok: true, hits: [], citations: [] })
    expect(searchText(corpus, none.index, { query: '国有资本经营', docId: 'qiaoshan', mustContain: ['国有资本经营', '减少'] })).toMatchObject({ hits: [] })
    expect(none.queries).toEqual([])
    const some = countingIndex()
    const r = searchText(corpus, some.index, { query: '国有资本经营', docId: 'qiaoshan', mustContain: ['无'] })
    expect(some.queries).toEqual(['国有资本经营'])
    expect(r.ok && r.hits.map((h) => h.paragraphId)).toEqual(['qiaoshan/p0'])
    // no words to hold: the index is asked as before
    searchText(corpus, some.index, { query: '三公经费', docId: 'qiaoshan' })
    expect(some.queries).toHaveLength(2)
  })
})
