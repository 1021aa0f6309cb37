import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { deploymentSnapshot } from '../../server/core/corpus/catalog-snapshot.js'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import type { CatalogEntry } from '../../server/core/store/port.js'
import { parseUpload } from '../../server/core/publish/parse-upload.js'
import { createStaffDesk } from '../../server/core/publish/staff-desk.js'
import { createMemoryStore } from '../../server/store/memory-store.js'

const ROOT = join(import.meta.dirname, '..', '..')
const seed = (name: string) => ({ name, bytes: async () => new Uint8Array(readFileSync(join(ROOT, 'seeds', name))) })
const SEEDS = ['002_4e4c2e7b20bd3fe2.txt', '004_8de5198946ae3720.txt']
const HOLDOUT_A = new Uint8Array(readFileSync(join(ROOT, 'test', 'holdout', 'docs', 'holdout_a.md')))
const RANK = '哪个单位的教育支出最多？'

async function setup() {
  const store = createMemoryStore()
  await ingestToStore(store, SEEDS.map(seed))
  // smallCorpus 1: every ranking goes through the subject index, as over a city
  const engine = await createShardedEngine(store, { smallCorpus: 1, syncMs: 60_000 })
  const desk = createStaffDesk({ store, parse: parseUpload, onPublishedChange: () => engine.sync({ force: true }) })
  return { store, engine, desk }
}

describe('publishing through shards: answerable at once, the subject index generation left as it is', () => {
  it('a ranking over the subject index includes a published document at once and drops it when unpublished', async () => {
    const { store, engine, desk } = await setup()
    const generation = await store.blobs.get('subjects/current.json')
    const rank = async () => (await engine.forQuestion({ question: RANK })).ask({ question: RANK })
    expect((await rank()).citations.some((c) => c.org.includes('武侯'))).toBe(false)
    const { entry } = await desk.upload('pub', { name: '武侯.md', bytes: HOLDOUT_A })
    expect((await rank()).citations.some((c) => c.org.includes('武侯'))).toBe(false) // a draft is not ranked
    await desk.publish('pub', entry.id)
    expect(engine.pendingSubjects()).toBe(1)
    const ranked = await rank()
    expect(ranked.citations.some((c) => c.docId === entry.id)).toBe(true)
    expect(ranked.answer).toContain('武侯')
    // nothing rebuilt: the same generation
    expect(await store.blobs.get('subjects/current.json')).toEqual(generation)
    await desk.unpublish('pub', entry.id)
    expect((await rank()).citations.some((c) => c.docId === entry.id)).toBe(false)
    expect((await engine.stats()).documents).toBe(2)
  })

  it('another engine over the same store follows the change feed (another process or isolate)', async () => {
    const { store, desk } = await setup()
    const other = await createShardedEngine(store, { syncMs: 0 })
    const { entry } = await desk.upload('pub', { name: '武侯.md', bytes: HOLDOUT_A })
    await desk.publish('pub', entry.id)
    await other.sync()
    expect((await other.stats()).documents).toBe(3)
    const q = '武侯区教育局2025年教育支出预算是多少？'
    expect((await other.forQuestion({ question: q })).ask({ question: q }).answer).toContain('185,439.68')
  })
})

describe('opening a city: the catalog from the generation snapshot, then the change feed (issue 13)', () => {
  it('a new engine never lists the catalog, sees what was published after the generation, and lists tables', async () => {
    const { store, desk } = await setup()
    const { entry } = await desk.upload('pub', { name: '武侯.md', bytes: HOLDOUT_A })
    await desk.publish('pub', entry.id)
    let listed = 0
    const counted = { ...store, catalog: { ...store.catalog, list: (f?: Parameters<typeof store.catalog.list>[0]) => (listed++, store.catalog.list(f)) } }
    const other = await createShardedEngine(counted, { syncMs: 60_000 })
    expect(listed).toBe(0)
    const q = '武侯区教育局2025年教育支出预算是多少？'
    expect((await other.forQuestion({ question: q })).ask({ question: q }).answer).toContain('185,439.68')
    // the same counts as an engine that listed the catalog (a store whose generation has no snapshot)
    const listing = await createShardedEngine({ ...store, blobs: { ...store.blobs, get: (k: string) => (k.endsWith('/catalog.json') ? Promise.resolve(undefined) : store.blobs.get(k)) } })
    const stats = await other.stats()
    expect(stats.documents).toBe(3)
    expect(stats.tables).toBeGreaterThan(10)
    expect(stats).toEqual(await listing.stats())
    expect((await other.summaries()).map((d) => [d.id, d.tables.length])).toEqual((await listing.summaries()).map((d) => [d.id, d.tables.length]))
  })
})

describe('a snapshot copied into a deployment whose catalog numbers its changes afresh (publish:worker)', () => {
  it('a snapshot cursor past the feed head is not followed: the catalog is listed, so a later publication is seen', async () => {
    const { store } = await setup()
    // the store's seeds corrected and ingested again a few times: its feed runs far ahead of its two published entries
    for (let n = 1; n <= 3; n++) {
      await ingestToStore(store, SEEDS.map((name) => ({ name, bytes: async () => new TextEncoder().encode(new TextDecoder().decode(readFileSync(join(ROOT, 'seeds', name))) + '\n'.repeat(n)) })))
    }
    // the deployment: the same blobs (with the store's snapshot), its own catalog holding the same entries, fewer changes
    const published = await store.catalog.list()
    const log = await store.catalog.cursor()
    expect(log).toBeGreaterThan(published.length + 4)
    const deployment = { ...createMemoryStore(), blobs: store.blobs }
    for (const e of published) await deployment.catalog.put(e)
    // staff publish a document in the deployment: its change is numbered below the snapshot's cursor
    const desk = createStaffDesk({ store: deployment, parse: parseUpload })
    const { entry } = await desk.upload('pub', { name: '武侯.md', bytes: HOLDOUT_A })
    await desk.publish('pub', entry.id)
    expect(await deployment.catalog.cursor()).toBeLessThan(log)
    const engine = await createShardedEngine(deployment, { syncMs: 60_000 })
    expect((await engine.stats()).documents).toBe(3)
    const q = '武侯区教育局2025年教育支出预算是多少？'
    expect((await engine.forQuestion({ question: q })).ask({ question: q }).answer).toContain('185,439.68')
  })

  it('deploymentSnapshot keeps what the deployment publishes: the store’s entry when the same version, else the deployment’s', () => {
    const e = (id: string, version: number, org = id): CatalogEntry => ({ id, version, org } as unknown as CatalogEntry)
    const store = [e('a', 1), e('b', 1), e('c', 2)]
    const held = [{ id: 'a', version: 1 }, { id: 'b', version: 1 }, { id: 'b', version: 2 }, { id: 'd', version: 1 }]
    const first = deploymentSnapshot(store, held, [])
    expect(first.entries.map((x) => `${x.id}@${x.version}`)).toEqual(['a@1'])
    expect(first.missing).toEqual([{ id: 'b', version: 2 }, { id: 'd', version: 1 }])
    const second = deploymentSnapshot(store, held, [e('b', 2, 'staff b'), e('d', 1)])
    expect(second.entries.map((x) => `${x.id}@${x.version}:${x.org}`)).toEqual(['a@1:a', 'b@2:staff b', 'd@1:d'])
    expect(second.missing).toEqual([])
  })
})

describe('bulk ingest and staff publishing do not clobber each other', () => {
  it('ingest leaves a document staff replaced or unpublished as staff left it, and never unpublishes staff documents', async () => {
    const { store, engine, desk } = await setup()
    const [a, b] = SEEDS
    const idA = a.replace('.txt', '')
    const idB = b.replace('.txt', '')
    // staff replace seed A (a corrected figure) and unpublish seed B; and publish a document of their own under a seed-like name
    const textA = new TextDecoder().decode(readFileSync(join(ROOT, 'seeds', a)))
    await desk.upload('pub', { name: a, bytes: new TextEncoder().encode(textA.replace(/(\d),(\d{3}\.\d{2})/, '$1,$2 ')), replaces: idA })
    await desk.publish('pub', idA)
    await desk.unpublish('pub', idB)
    const own = await desk.upload('pub', { name: '999_own.md', bytes: HOLDOUT_A })
    await desk.publish('pub', own.entry.id)

    // the seed files change and one disappears: ingest runs again
    const changed = (name: string) => ({ name, bytes: async () => new TextEncoder().encode(new TextDecoder().decode(readFileSync(join(ROOT, 'seeds', name))) + '\n') })
    const r = await ingestToStore(store, [changed(a), changed(b)])
    expect(r.heldByStaff.sort()).toEqual([idA, idB].sort())
    expect((await store.catalog.versions(idA)).map((e) => `${e.version}:${e.status}:${e.writtenBy}`)).toEqual(['1:superseded:staff', '2:published:staff'])
    expect((await store.catalog.versions(idB)).map((e) => e.status)).toEqual(['unpublished'])
    const gone = await ingestToStore(store, [])
    expect(gone.unpublished).toEqual([])
    await engine.sync({ force: true })
    expect((await engine.stats()).documents).toBe(2) // A (staff's v2) and staff's own document
    expect((await store.catalog.get(own.entry.id))?.status).toBe('published')
  })
})
