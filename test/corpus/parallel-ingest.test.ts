import { describe, expect, it } from 'vitest'
import { ingestToStore, parseAndPrepare } from '../../server/core/corpus/ingest-to-store.js'
import type { Store } from '../../server/core/store/port.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { planDocument, synthText } from '../../server/synth/synth-document.js'
import { createStoreParsePool } from '../../server/cli/store-parse-pool.js'
import { seedSources } from '../core/seed-engine.js'

const seeds = seedSources().filter((s) => s.name.endsWith('.txt')).map((s) => ({ name: s.name, text: new TextDecoder().decode(s.bytes) }))
/** a few documents of other organisations and figures, plus one that fails to parse */
const files = [
  ...Array.from({ length: 5 }, (_, i) => {
    const plan = planDocument(i * 11 + 2, seeds)
    const text = synthText(plan, seeds.find((s) => s.name === plan.seed)!.text)
    return { name: plan.file, bytes: async () => new TextEncoder().encode(text) }
  }),
  { name: 'zz-empty.txt', bytes: async () => new Uint8Array() },
]
const NOW = () => '2026-01-01T00:00:00.000Z'

/** Every stored byte that answers are made of: shards, figures, subject index postings (not its generation name). */
async function snapshot(store: Store) {
  const out: Record<string, string> = {}
  for (const prefix of ['shards/', 'figures/', 'originals/']) {
    for (const key of (await store.blobs.list(prefix)).sort()) out[key] = new TextDecoder().decode((await store.blobs.get(key))!)
  }
  const entries = (await store.catalog.list({ status: ['published', 'failed', 'draft', 'unpublished', 'superseded'] })).sort((a, b) => a.id.localeCompare(b.id))
  return { out, entries }
}

describe('a parallel ingest writes what a sequential one writes', () => {
  it('parsed ahead in this thread, and in worker threads', { timeout: 240_000 }, async () => {
    const one = createMemoryStore()
    const r1 = await ingestToStore(one, files, { now: NOW })
    const ahead = createMemoryStore()
    const r2 = await ingestToStore(ahead, files, { now: NOW, parse: parseAndPrepare, parallel: 3 })
    const pool = createStoreParsePool(2)
    const threads = createMemoryStore()
    let r3
    try {
      r3 = await ingestToStore(threads, files, { now: NOW, parse: pool.parse, parallel: 4 })
    } finally {
      await pool.close()
    }
    const base = await snapshot(one)
    expect(Object.keys(base.out).filter((k) => k.startsWith('shards/')).length).toBe(5)
    expect(await snapshot(ahead)).toEqual(base)
    expect(await snapshot(threads)).toEqual(base)
    for (const r of [r2, r3]) {
      expect(r.parsed.map((p) => [p.file, p.ok])).toEqual(r1.parsed.map((p) => [p.file, p.ok]))
      expect(r.errors).toEqual(r1.errors)
      expect(r.subjects).toEqual(r1.subjects)
    }
    expect(r1.errors.length).toBeGreaterThan(0)
  })
})
