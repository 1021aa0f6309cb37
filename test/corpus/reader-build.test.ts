import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { readerBuild } from '../../server/cli/source-files.js'

const ROOT = join(import.meta.dirname, '..', '..')
const seed = (name: string) => ({ name, bytes: async () => new Uint8Array(readFileSync(join(ROOT, 'seeds', name))) })
const FILES = ['002_4e4c2e7b20bd3fe2.txt'].map(seed)

describe('a better parser reaches stored documents (the reading code\'s build on each version)', () => {
  it('re-parses unchanged bytes under another build, keeps the version when the parse is the same, and skips under the same build', async () => {
    const store = createMemoryStore()
    const first = await ingestToStore(store, FILES, { parser: 'build-1' })
    expect(first.parsed).toHaveLength(1)
    const [v1] = await store.catalog.list()
    expect(v1.parser).toBe('build-1')
    // the same build: nothing parsed
    expect((await ingestToStore(store, FILES, { parser: 'build-1' })).skipped).toBe(1)
    // another build reading the same: parsed, no new version, stamped with the new build
    const again = await ingestToStore(store, FILES, { parser: 'build-2' })
    expect(again.parsed).toHaveLength(1)
    const versions = await store.catalog.versions(v1.id)
    expect(versions.map((v) => [v.version, v.status, v.parser])).toEqual([[1, 'published', 'build-2']])
    // without a build (tests, bench): bytes alone decide
    expect((await ingestToStore(store, FILES)).skipped).toBe(1)
  })

  it('the build is a hash of the reading code and lexicon, stable between calls', () => {
    expect(readerBuild(ROOT)).toMatch(/^[0-9a-f]{16}$/)
    expect(readerBuild(ROOT)).toBe(readerBuild(ROOT))
  })
})
