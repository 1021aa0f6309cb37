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

describe('NAME.meta.json sidecars on the store path (npm run ingest:store reads them as npm run ingest does)', () => {
  // a page whose title names neither the organisation nor the year: not answerable until its sidecar says them
  const page = new TextEncoder().encode('“三公”经费预算情况说明\n\n公务接待费预算12.30万元，比上年减少1.20万元。\n因公出国（境）费预算0万元。\n')
  const file = (sidecar?: { org?: string; year?: number; kind?: string }) => ({ name: 'sangong-page.txt', bytes: async () => page, ...(sidecar ? { sidecar } : {}) })

  it('holds the document under the sidecar\'s organisation and year, parses again when only the sidecar changes, skips when nothing did', async () => {
    const store = createMemoryStore()
    await ingestToStore(store, [file({ org: '青松县水利局', year: 2024, kind: '三公经费预算' })], { parser: 'build-1' })
    const [v1] = await store.catalog.list()
    expect([v1.org, v1.year, v1.scope]).toEqual(['青松县水利局', 2024, '三公经费预算'])
    expect((await ingestToStore(store, [file({ org: '青松县水利局', year: 2024, kind: '三公经费预算' })], { parser: 'build-1' })).skipped).toBe(1)
    // the same bytes, a corrected sidecar: read again, and the correction published
    const fixed = await ingestToStore(store, [file({ org: '青松县水务局', year: 2024, kind: '三公经费预算' })], { parser: 'build-1' })
    expect(fixed.skipped).toBe(0)
    expect((await store.catalog.list()).map((e) => e.org)).toContain('青松县水务局')
  })

  it('without a build stamp too: a sidecar added or removed is a change, the same sidecar is not', async () => {
    const store = createMemoryStore()
    await ingestToStore(store, [file()])
    expect((await ingestToStore(store, [file({ org: '青松县水利局', year: 2024 })])).skipped).toBe(0)
    expect((await ingestToStore(store, [file({ org: '青松县水利局', year: 2024 })])).skipped).toBe(1)
    expect((await ingestToStore(store, [file()])).skipped).toBe(0)
  })
})
