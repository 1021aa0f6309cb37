import { describe, expect, it } from 'vitest'
import { readBlobJson, readBlobText } from '../../server/core/store/read-blob-text.js'
import { createMemoryStore } from '../../server/store/memory-store.js'

describe('a blob read as text: decoded by the store where it can (R2 text()), else from its bytes', () => {
  it('uses getText when the store has it, and get otherwise, with the same result', async () => {
    const { blobs } = createMemoryStore()
    await blobs.put('a.json', new TextEncoder().encode('{"机构":"重庆市南岸区医疗保障局"}'))
    const got: string[] = []
    const native = { ...blobs, get: (k: string) => (got.push(`get ${k}`), blobs.get(k)), getText: async (k: string) => (got.push(`text ${k}`), new TextDecoder().decode((await blobs.get(k))!)) }
    expect(await readBlobText(native, 'a.json')).toBe(await readBlobText(blobs, 'a.json'))
    expect(await readBlobJson(native, 'a.json')).toEqual({ 机构: '重庆市南岸区医疗保障局' })
    expect(got).toEqual(['text a.json', 'text a.json'])
    expect(await readBlobJson(blobs, 'missing.json')).toBeUndefined()
  })
})
