import { describe, expect, it } from 'vitest'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import { warmUp } from '../../server/core/corpus/warm-up.js'
import { builtOrgIndex } from '../../server/core/tools/lib/org-scope.js'
import type { Store } from '../../server/core/store/port.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { planDocument, synthText } from '../../server/synth/synth-document.js'
import { seedSources } from '../core/seed-engine.js'

const seeds = seedSources().filter((s) => s.name.endsWith('.txt')).map((s) => ({ name: s.name, text: new TextDecoder().decode(s.bytes) }))
const files = Array.from({ length: 6 }, (_, i) => {
  const plan = planDocument(i, seeds)
  const text = synthText(plan, seeds.find((s) => s.name === plan.seed)!.text)
  return { name: plan.file, bytes: async () => new TextEncoder().encode(text) }
})

describe('warm-up before the first question (issue 13: the first question of a cold process)', () => {
  it('reads a bounded number of shards, not the corpus, and changes no answer', { timeout: 240_000 }, async () => {
    const store = createMemoryStore()
    await ingestToStore(store, files)
    let shardReads = 0
    const counted: Store = { ...store, blobs: { ...store.blobs, get: (key) => (key.startsWith('shards/') && shardReads++, store.blobs.get(key)) } }
    const warm = await createShardedEngine(counted, { smallCorpus: 2, rankTop: 2 })
    const cold = await createShardedEngine(store, { smallCorpus: 2, rankTop: 2 })
    await warmUp(warm)
    expect(shardReads).toBeGreaterThan(0)
    expect(shardReads).toBeLessThanOrEqual(3)
    const d = (await warm.summaries()).at(-1)!
    for (const question of [`${d.org}${d.year}年基本支出是多少？`, '哪个单位的办公费最多？', `${d.org}公务接待费`]) {
      const a = (await warm.forQuestion({ question })).ask({ question })
      const b = (await cold.forQuestion({ question })).ask({ question })
      expect(a, question).toEqual(b)
    }
  })

  it("the catalog's organisation index is built when the catalog is read, so a cold first question does not pass over the city", { timeout: 240_000 }, async () => {
    const store = createMemoryStore()
    await ingestToStore(store, files.slice(0, 3))
    const engine = await createShardedEngine(store, { smallCorpus: 2 })
    const index = builtOrgIndex(engine.corpus)
    expect(index?.infos.length).toBe(engine.corpus.documents.length)
    const d = engine.corpus.documents[0]
    await engine.forQuestion({ question: `${d.org}${d.year}年基本支出是多少？` })
    expect(builtOrgIndex(engine.corpus)).toBe(index)
  })
})
