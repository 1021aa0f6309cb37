import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import { indexedItems } from '../../server/core/search/hit-meta.js'
import { DuplicateRef, lunrIndexJson } from '../../server/core/search/lunr-json.js'
import { buildSearchIndex, buildWithLunr, loadSearchIndex } from '../../server/core/search/search-index.js'
import { planDocument, synthText } from '../../server/synth/synth-document.js'
import { seedSources } from '../core/seed-engine.js'

const seeds = seedSources().filter((s) => s.name.endsWith('.txt')).map((s) => ({ name: s.name, text: new TextDecoder().decode(s.bytes) }))
/** documents of other organisations, years and figures, in every layout of the seeds (the synthetic generator) */
const sources = Array.from({ length: 6 }, (_, i) => {
  const plan = planDocument(i * 7 + 3, seeds)
  return { name: plan.file, bytes: new TextEncoder().encode(synthText(plan, seeds.find((s) => s.name === plan.seed)!.text)) }
})
const corpus = buildCorpus(sources).corpus

describe('lunrIndexJson', () => {
  it('gives the same JSON as lunr’s own builder, for one document and for several', () => {
    expect(corpus.documents.length).toBe(6)
    for (const d of corpus.documents) {
      const one = { ...corpus, documents: [d] }
      expect(JSON.stringify(buildSearchIndex(one))).toBe(JSON.stringify(buildWithLunr(indexedItems(one))))
    }
    expect(JSON.stringify(buildSearchIndex(corpus))).toBe(JSON.stringify(buildWithLunr(indexedItems(corpus))))
  })

  it('loads as a lunr index and ranks as lunr’s does', () => {
    const ours = loadSearchIndex(buildSearchIndex(corpus), corpus)
    const theirs = loadSearchIndex(buildWithLunr(indexedItems(corpus)), corpus)
    for (const q of ['办公费', '基本支出', '公务接待', '行政运行', '绩效目标']) {
      const hits = ours.search(q, {}, 20)
      expect(hits.length, q).toBeGreaterThan(0)
      expect(hits).toEqual(theirs.search(q, {}, 20))
    }
  })

  it('weighs fields and repeated terms by BM25 with lunr’s rounding', () => {
    const json = lunrIndexJson(
      [{ ref: 'a', t: 'x y y' }, { ref: 'b', t: 'y' }],
      { t: 2 },
      (s) => s.split(' ').filter(Boolean),
      () => true,
      [],
    )
    const built = lunr(function () {
      this.pipeline.reset()
      this.searchPipeline.reset()
      this.ref('ref')
      this.field('t', { boost: 2 })
      this.add({ ref: 'a', t: 'x y y' })
      this.add({ ref: 'b', t: 'y' })
    }).toJSON()
    expect(JSON.stringify(json)).toBe(JSON.stringify(built))
  })

  it('leaves two documents with one ref to lunr’s builder', () => {
    expect(() => lunrIndexJson([{ ref: 'a', t: 'x' }, { ref: 'a', t: 'y' }], { t: 1 }, (s) => [s], () => true, [])).toThrow(DuplicateRef)
  })
})
