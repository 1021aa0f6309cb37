import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCatalogSnapshot } from '../../server/core/corpus/catalog-snapshot.js'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import { SubjectIndex } from '../../server/core/corpus/subject-index.js'
import { parseUpload } from '../../server/core/publish/parse-upload.js'
import { createStaffDesk } from '../../server/core/publish/staff-desk.js'
import type { Store } from '../../server/core/store/port.js'
import { aliasFormsOf } from '../../server/core/tools/lib/org-alias.js'
import { createMemoryStore } from '../../server/store/memory-store.js'

const ROOT = join(import.meta.dirname, '..', '..')
const seed = (name: string) => ({ name, bytes: async () => new Uint8Array(readFileSync(join(ROOT, 'seeds', name))) })
const SEEDS = ['002_4e4c2e7b20bd3fe2.txt', '003_0fc2e566332e2aa9.txt', '004_8de5198946ae3720.txt']
const HOLDOUT_A = new Uint8Array(readFileSync(join(ROOT, 'test', 'holdout', 'docs', 'holdout_a.md')))
const enc = new TextEncoder()
const dec = new TextDecoder()
const QUESTIONS = ['重庆市南岸区医疗保障局2024年基本支出是多少？', '南岸区医保局2024年工会经费是多少？', '哪个单位的公务接待费最多？', '2025年基本支出是多少？', '武侯区教育局2025年教育支出预算是多少？']

/** The store with its blob reads recorded. */
function recording(store: Store) {
  const reads: string[] = []
  return { store: { ...store, blobs: { ...store.blobs, get: (key: string) => (reads.push(key), store.blobs.get(key)) } } as Store, reads }
}

const answers = async (engine: Awaited<ReturnType<typeof createShardedEngine>>) =>
  Promise.all(QUESTIONS.map(async (question) => (await engine.forQuestion({ question })).ask({ question })))

describe('the catalog snapshot is split by when it is read (issue 13)', () => {
  it('catalog.json holds what serving reads; the organisation forms are read only when the alias table is made again', async () => {
    const base = createMemoryStore()
    await ingestToStore(base, SEEDS.map(seed))
    const generation = (await SubjectIndex.current(base.blobs))!
    const stored = JSON.parse(dec.decode((await base.blobs.get(`${generation}/catalog.json`))!))
    expect(stored.orgForms).toBeUndefined()
    const listed = await base.catalog.list()
    for (const e of stored.entries) {
      const own = listed.find((x) => x.id === e.id && x.version === e.version)!
      for (const k of ['parsedSha', 'parser', 'writtenBy', 'updatedBy', 'aliases', 'tables']) expect(e[k]).toBeUndefined()
      // every other field as the catalog has it, in its order
      expect(Object.keys(e)).toEqual(Object.keys(own).filter((k) => k in e))
      for (const k of Object.keys(e)) expect(e[k]).toEqual(own[k as keyof typeof own])
    }
    await expect((await readCatalogSnapshot(base.blobs, generation))!.orgForms()).resolves.toEqual(aliasFormsOf(listed))

    const { store, reads } = recording(base)
    const engine = await createShardedEngine(store, { syncMs: 60_000 })
    const before = await answers(engine)
    expect(reads.filter((k) => k.endsWith('/forms.json'))).toEqual([])
    // a publication since the generation: the table of forms is made again, from the stored forms (one read)
    const desk = createStaffDesk({ store, parse: parseUpload, onPublishedChange: () => engine.sync({ force: true }) })
    const { entry } = await desk.upload('pub', { name: '武侯.md', bytes: HOLDOUT_A })
    await desk.publish('pub', entry.id)
    await answers(engine)
    expect(reads.filter((k) => k.endsWith('/forms.json'))).toHaveLength(1)

    // the same answers as an engine that lists the catalog (no snapshot), before and after the publication
    const after = await answers(engine)
    const listing = createMemoryStore()
    await ingestToStore(listing, SEEDS.map(seed))
    await listing.blobs.delete(`${(await SubjectIndex.current(listing.blobs))!}/catalog.json`)
    const fresh = await createShardedEngine(listing)
    expect(JSON.stringify(await answers(fresh))).toEqual(JSON.stringify(before))
    await createStaffDesk({ store: listing, parse: parseUpload }).upload('pub', { name: '武侯.md', bytes: HOLDOUT_A }).then((u) => createStaffDesk({ store: listing, parse: parseUpload }).publish('pub', u.entry.id))
    expect(JSON.stringify(await answers(await createShardedEngine(listing)))).toEqual(JSON.stringify(after))
  })

  it('a snapshot written before the split (forms inline, entries whole) opens with the same answers', async () => {
    const store = createMemoryStore()
    await ingestToStore(store, SEEDS.map(seed))
    const key = `${(await SubjectIndex.current(store.blobs))!}/catalog.json`
    const now = await answers(await createShardedEngine(store))
    const split = JSON.parse(dec.decode((await store.blobs.get(key))!))
    const whole = new Map((await store.catalog.list()).map(({ tables: _t, ...e }) => [`${e.id}@${e.version}`, e]))
    const old = { ...split, entries: split.entries.map((e: { id: string; version: number }) => whole.get(`${e.id}@${e.version}`)), orgForms: aliasFormsOf([...whole.values()]) }
    await store.blobs.put(key, enc.encode(JSON.stringify(old)))
    await store.blobs.delete(key.replace('catalog.json', 'forms.json'))
    expect(JSON.stringify(await answers(await createShardedEngine(store)))).toEqual(JSON.stringify(now))
  })
})
