import { describe, expect, it } from 'vitest'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import type { Store } from '../../server/core/store/port.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { planDocument, synthText } from '../../server/synth/synth-document.js'
import { seedSources } from '../core/seed-engine.js'

/** The store with every read counted (blob gets, catalog lists and gets). */
function countingStore(store: Store) {
  const reads: string[] = []
  const counted: Store = {
    ...store,
    blobs: { ...store.blobs, get: (key) => (reads.push(key), store.blobs.get(key)) },
    catalog: {
      ...store.catalog,
      list: (f) => (reads.push('catalog.list'), store.catalog.list(f)),
      get: (id, v) => (reads.push(`catalog.get ${id}`), store.catalog.get(id, v)),
    },
  }
  return { store: counted, reads }
}

const seeds = seedSources().filter((s) => s.name.endsWith('.txt')).map((s) => ({ name: s.name, text: new TextDecoder().decode(s.bytes) }))
const DOCS = 8
/** A small city: seed layouts under other organisations, years and figures (the synthetic corpus generator). */
const files = Array.from({ length: DOCS }, (_, i) => {
  const plan = planDocument(i, seeds)
  const text = synthText(plan, seeds.find((s) => s.name === plan.seed)!.text)
  return { name: plan.file, bytes: async () => new TextEncoder().encode(text) }
})

describe('storage reads per question, after the catalog', () => {
  it('a question about one document reads at most 3 items cold and none warm; a ranking reads one bucket and its top shards', { timeout: 240_000 }, async () => {
    const base = createMemoryStore()
    await ingestToStore(base, files)
    const { store, reads } = countingStore(base)
    // smallCorpus 2: this corpus counts as a large one (questions naming nobody never read every document)
    const engine = await createShardedEngine(store, { smallCorpus: 2, rankTop: 3 })
    const docs = (await engine.summaries()).filter((d) => d.paragraphs > 0 && d.tables.length > 0)
    expect(docs.length).toBeGreaterThan(3)
    for (const d of docs) {
      const question = `${d.org}${d.year}年基本支出是多少？`
      reads.length = 0
      const res = (await engine.forQuestion({ question })).ask({ question })
      expect(reads.length, `${question}: ${reads.join(', ')}`).toBeLessThanOrEqual(3)
      expect(res.citations.length, question).toBeGreaterThan(0)
      expect(res.citations.every((c) => c.docId === d.id), question).toBe(true)
      reads.length = 0
      await engine.forQuestion({ question })
      expect(reads, `${question} asked again`).toEqual([])
    }
    reads.length = 0
    const ranking = '哪个单位的办公费最多？'
    const res = (await engine.forQuestion({ question: ranking })).ask({ question: ranking })
    expect(res.citations.length).toBeGreaterThan(0)
    expect(reads.filter((k) => k.startsWith('subjects/')).length).toBe(1)
    expect(reads.filter((k) => k.startsWith('shards/')).length).toBeLessThanOrEqual(3)
  })
})
