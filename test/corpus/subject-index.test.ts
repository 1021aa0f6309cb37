import { describe, expect, it } from 'vitest'
import { SubjectIndex, SubjectIndexBuilder } from '../../server/core/corpus/subject-index.js'
import { memoryBlobs } from '../../server/store/memory-store.js'

describe('subject index', () => {
  it('ranks one document per organisation (the year asked, else its latest) and counts them all', async () => {
    const blobs = memoryBlobs()
    const b = new SubjectIndexBuilder()
    b.add({ id: 'a24', org: '重庆市甲区民政局', year: 2024 }, [['c:30217', 500]])
    b.add({ id: 'a25', org: '重庆市甲区民政局', year: 2025 }, [['c:30217', 100]])
    b.add({ id: 'b25', org: '原重庆市乙区民政局', year: 2025 }, [['c:30217', 300], ['n:公务接待费', 300]])
    b.add({ id: 'c24', org: '重庆市丙区民政局', year: 2024 }, [['c:30217', 900]])
    await b.write(blobs, 'g1')
    const idx = (await SubjectIndex.open(blobs))!
    const bucket = (name: string) => idx.bucketBlob(name)
    const p = await idx.postings('c:30217', bucket)
    expect(idx.select(p, { order: 'desc', k: 2 })).toEqual({ docIds: ['c24', 'b25'], total: 3 })
    expect(idx.select(p, { order: 'asc', k: 5, year: 2025 })).toEqual({ docIds: ['a25', 'b25'], total: 2 })
    expect(idx.keysIn('哪个单位的公务接待费最多？')).toEqual(['n:公务接待费'])
    expect(idx.keysIn('30217最多的是谁')).toEqual(['c:30217'])
  })
})
