import { describe, expect, it } from 'vitest'
import type { CatalogEntry, Store } from '../../server/core/store/port.js'

/** One contract for every adapter of the storage port (memory, files, Workers). */
export function entry(over: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id: 'doc-a', version: 1, status: 'published', org: '重庆市南岸区医疗保障局', aliases: ['南岸区医保局'],
    region: '南岸区', city: '重庆市', year: 2024, scope: '部门预算', format: 'text', file: 'a.txt', sha256: 'ab',
    shard: 'shards/doc-a/v1.json', original: 'originals/doc-a/v1', tables: [], updatedAt: '2026-12-01T00:00:00Z',
    ...over,
  }
}

export function storeContract(name: string, make: () => Promise<Store> | Store) {
  describe(`${name}: storage port contract`, () => {
    it('blobs: put, get, overwrite, list by prefix, delete', async () => {
      const { blobs } = await make()
      expect(await blobs.get('shards/x/v1.json')).toBeUndefined()
      await blobs.put('shards/x/v1.json', new TextEncoder().encode('one'))
      await blobs.put('shards/x/v2.json', new TextEncoder().encode('two'))
      await blobs.put('originals/x/v1', new Uint8Array([0, 1, 255]))
      await blobs.put('shards/x/v1.json', new TextEncoder().encode('uno'))
      expect(new TextDecoder().decode(await blobs.get('shards/x/v1.json'))).toBe('uno')
      expect([...(await blobs.get('originals/x/v1'))!]).toEqual([0, 1, 255])
      expect(await blobs.list('shards/')).toEqual(['shards/x/v1.json', 'shards/x/v2.json'])
      expect(await blobs.list('shards/x/v2')).toEqual(['shards/x/v2.json'])
      expect(await blobs.list('nothing/')).toEqual([])
      await blobs.delete('shards/x/v1.json')
      await blobs.delete('shards/x/never')
      expect(await blobs.get('shards/x/v1.json')).toBeUndefined()
      expect(await blobs.list('shards/')).toEqual(['shards/x/v2.json'])
    })

    it('blobs: a returned value is a copy', async () => {
      const { blobs } = await make()
      const bytes = new Uint8Array([1, 2, 3])
      await blobs.put('k/a', bytes)
      bytes[0] = 9
      const got = (await blobs.get('k/a'))!
      got[1] = 9
      expect([...(await blobs.get('k/a'))!]).toEqual([1, 2, 3])
    })

    it('catalog: versions, newest by default, published only unless asked, filter by org alias and year', async () => {
      const { catalog } = await make()
      await catalog.put(entry())
      await catalog.put(entry({ version: 2, status: 'draft' }))
      await catalog.put(entry({ id: 'doc-b', org: '重庆市渝北区医疗保障局', aliases: ['渝北区医保局'], year: 2025 }))
      expect((await catalog.get('doc-a'))?.version).toBe(2)
      expect((await catalog.get('doc-a', 1))?.status).toBe('published')
      expect(await catalog.get('doc-a', 7)).toBeUndefined()
      expect(await catalog.get('nope')).toBeUndefined()
      expect((await catalog.list()).map((e) => `${e.id}@${e.version}`)).toEqual(['doc-a@1', 'doc-b@1'])
      expect((await catalog.list({ status: ['draft', 'published'] })).map((e) => `${e.id}@${e.version}`)).toEqual(['doc-a@1', 'doc-a@2', 'doc-b@1'])
      expect((await catalog.list({ org: '渝北区医保局' })).map((e) => e.id)).toEqual(['doc-b'])
      expect((await catalog.list({ year: 2024 })).map((e) => e.id)).toEqual(['doc-a'])
      await catalog.put(entry({ version: 2, status: 'published' }))
      expect((await catalog.get('doc-a', 2))?.status).toBe('published')
    })

    it('catalog: every version of one document, oldest first', async () => {
      const { catalog } = await make()
      await catalog.put(entry({ version: 2, status: 'draft' }))
      await catalog.put(entry())
      await catalog.put(entry({ id: 'doc-b' }))
      expect((await catalog.versions('doc-a')).map((e) => `${e.version}:${e.status}`)).toEqual(['1:published', '2:draft'])
      expect(await catalog.versions('nope')).toEqual([])
    })

    it('catalog: a change feed from a cursor, each changed entry once in its current state, in pages', async () => {
      const { catalog } = await make()
      const start = await catalog.cursor()
      expect(await catalog.changes(start)).toEqual({ cursor: start, entries: [], more: false })
      await catalog.put(entry())
      await catalog.put(entry({ id: 'doc-b' }))
      await catalog.put(entry({ status: 'superseded' }))
      await catalog.put(entry({ version: 2 }))
      const all = await catalog.changes(start)
      expect(all.entries.map((e) => `${e.id}@${e.version}:${e.status}`)).toEqual(['doc-b@1:published', 'doc-a@1:superseded', 'doc-a@2:published'])
      expect(all.more).toBe(false)
      expect(all.cursor).toBe(await catalog.cursor())
      expect((await catalog.changes(all.cursor)).entries).toEqual([])
      const first = await catalog.changes(start, 2)
      expect(first.more).toBe(true)
      expect(first.entries.map((e) => `${e.id}@${e.version}`)).toEqual(['doc-a@1', 'doc-b@1'])
      const rest = await catalog.changes(first.cursor, 2)
      expect(rest.entries.map((e) => `${e.id}@${e.version}:${e.status}`)).toEqual(['doc-a@1:superseded', 'doc-a@2:published'])
      expect(rest.cursor).toBe(all.cursor)
    })

    it('audit: appended in order, since and limit', async () => {
      const { audit } = await make()
      expect(await audit.list()).toEqual([])
      await audit.append({ at: '2026-12-01T01:00:00Z', actor: 'a', action: 'upload', docId: 'd' })
      await audit.append({ at: '2026-12-01T02:00:00Z', actor: 'a', action: 'publish', docId: 'd', version: 1 })
      await audit.append({ at: '2026-12-01T03:00:00Z', actor: 'b', action: 'sign-in' })
      expect((await audit.list()).map((e) => e.action)).toEqual(['upload', 'publish', 'sign-in'])
      expect((await audit.list({ since: '2026-12-01T02:00:00Z' })).map((e) => e.action)).toEqual(['publish', 'sign-in'])
      expect((await audit.list({ limit: 1 })).map((e) => e.action)).toEqual(['sign-in'])
    })
  })
}

