import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import { indexedItems } from '../../server/core/search/hit-meta.js'
import { queryWithin } from '../../server/core/search/scoped-query.js'
import { buildSearchIndex, loadSearchIndex } from '../../server/core/search/search-index.js'
import { tokenizeZh } from '../../server/core/search/zh-tokenizer.js'
import { planDocument, synthText } from '../../server/synth/synth-document.js'
import { seedSources } from '../core/seed-engine.js'

// four synthetic departments (seed layouts under other organisations and figures), one index over all of them
const seeds = seedSources().filter((s) => s.name.endsWith('.txt')).map((s) => ({ name: s.name, text: new TextDecoder().decode(s.bytes) }))
const sources = Array.from({ length: 4 }, (_, i) => {
  const plan = planDocument(40 + i, seeds)
  return { name: plan.file, text: synthText(plan, seeds.find((s) => s.name === plan.seed)!.text) }
})
const corpus = buildCorpus(sources.map((s) => ({ name: s.name, bytes: new TextEncoder().encode(s.text) }))).corpus
const json = buildSearchIndex(corpus)
const idx = lunr.Index.load(json as object)
const docOf = new Map(indexedItems(corpus).map((m) => [m.ref, m.docId]))
const QUERIES = ['基本支出', '一般公共预算财政拨款收入', '机关运行经费 无', '公务接待费', '政府性基金预算财政拨款', '人员经费 主要原因', '社会保障和就业支出', '项目支出', '车辆购置', '培训费']

describe('a search scoped to documents scores only theirs (issue 12)', () => {
  it('gives the refs, scores and order of the full lunr query filtered to the same documents', () => {
    const ids = corpus.documents.map((d) => d.id)
    expect(ids.length).toBe(4)
    for (const q of QUERIES) {
      const tokens = tokenizeZh(q)
      const full = idx.query((b) => tokens.forEach((t) => b.term(t, { usePipeline: true }))).map((r) => ({ ref: r.ref, score: r.score }))
      expect(full.length, q).toBeGreaterThan(0)
      for (const scope of [[ids[0]], [ids[2]], [ids[1], ids[3]], ids]) {
        const keep = new Set(scope)
        const want = full.filter((r) => keep.has(docOf.get(r.ref)!))
        expect(queryWithin(idx, tokens, (ref) => keep.has(docOf.get(ref)!)), `${q} in ${scope.join(',')}`).toEqual(want)
      }
    }
  })

  it('search with a document filter returns what the unscoped ranking filtered gave', () => {
    const index = loadSearchIndex(json, corpus)
    const d = corpus.documents[1].id
    for (const q of QUERIES) {
      const all = index.search(q, { kind: 'paragraph' }, 10_000).filter((h) => h.docId === d)
      expect(index.search(q, { kind: 'paragraph', docId: d }, 10_000), q).toEqual(all)
      expect(index.search(q, { docIds: [d] }, 5), q).toEqual(index.search(q, {}, 10_000).filter((h) => h.docId === d).slice(0, 5))
    }
  })
})
