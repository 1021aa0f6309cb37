import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFsStore } from '../../server/store/fs-store.js'
import { entry, storeContract } from './store-contract.js'

const freshDir = () => mkdtempSync(join(tmpdir(), 'mingzhang-store-'))

storeContract('files', () => createFsStore(freshDir()))

describe('files adapter', () => {
  it('survives a reopen and leaves no temporary files', async () => {
    const dir = freshDir()
    const a = createFsStore(dir)
    await a.blobs.put('shards/d/v1.json', new TextEncoder().encode('{}'))
    await a.catalog.put(entry())
    await a.audit.append({ at: '2026-12-01T00:00:00Z', actor: 'x', action: 'ingest' })
    const b = createFsStore(dir)
    expect(await b.blobs.list('')).toEqual(['shards/d/v1.json'])
    expect((await b.catalog.get('doc-a'))?.org).toBe('重庆市南岸区医疗保障局')
    expect(await b.audit.list()).toHaveLength(1)
    expect(readdirSync(join(dir, 'blobs', 'shards', 'd'))).toEqual(['v1.json'])
  })

  it.each(['../x', '/etc/passwd', 'a//b', 'a/./b', ''])('refuses the key %j', async (key) => {
    const { blobs } = createFsStore(freshDir())
    await expect(blobs.put(key, new Uint8Array())).rejects.toThrow(/bad store key/)
  })

  it('keeps ids with slashes and Chinese in catalog file names', async () => {
    const { catalog } = createFsStore(freshDir())
    await catalog.put(entry({ id: '南岸/2024' }))
    expect((await catalog.get('南岸/2024'))?.id).toBe('南岸/2024')
  })
})
