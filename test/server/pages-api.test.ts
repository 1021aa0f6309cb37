import { describe, expect, it } from 'vitest'
import { originalsFromDir, sourcesFromDir } from '../../server/node-files.js'
import { SEEDS, testApp } from './helpers.js'

/** The API the pages need: coverage, originals, search ranking and paging, source lines with context. */
const app = testApp({ readSource: sourcesFromDir(SEEDS), readOriginal: originalsFromDir(SEEDS), dataUpdated: '2026-01-02T03:04:05.000Z', env: { ALLOWED_ORIGINS: 'https://ok.gov.cn' } })
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers })
  return { res, body: (await res.clone().json().catch(() => undefined)) as any }
}

describe('GET /api/coverage', () => {
  it('lists units × years with links to the originals and the data date', async () => {
    const { body } = await get('/api/coverage')
    expect(body.updated).toBe('2026-01-02T03:04:05.000Z')
    expect(body.units.length).toBeGreaterThan(1)
    expect(body.units[0].documents[0].original).toMatch(/^\/api\/docs\/.+\/original$/)
    expect(body.allowed).toBeNull()
  })
  it('scopes to one organisation by the same aliases as questions', async () => {
    const { body } = await get(`/api/coverage?org=${encodeURIComponent('江北区医保中心')}`)
    expect(body.units.map((u: any) => u.org).join()).toContain('江北区医疗保障事务中心')
    expect(body.units.length).toBe(1)
  })
  it('tells any origin whether it may ask, readable cross-origin', async () => {
    const bad = await get('/api/coverage', { origin: 'https://other.example' })
    expect(bad.body.allowed).toBe(false)
    expect(bad.body.setting).toBe('ALLOWED_ORIGINS')
    expect(bad.res.headers.get('access-control-allow-origin')).toBe('*')
    expect((await get('/api/coverage', { origin: 'https://ok.gov.cn' })).body.allowed).toBe(true)
  })
})

describe('GET /api/docs/:id/original', () => {
  it('serves the document as published', async () => {
    const { body: docs } = await get('/api/docs')
    const doc = docs.documents[0]
    const res = await app.request(doc.original)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/plain')
    expect(res.headers.get('content-disposition')).toMatch(/^inline/)
    expect((await app.request(`${doc.original}?download`)).headers.get('content-disposition')).toMatch(/^attachment/)
    expect((await app.request('/api/docs/nope/original')).status).toBe(404)
  })
})

describe('GET /api/search ranking and paging', () => {
  it('ranks the exact name first and drops hits sharing too little of the query', async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent('机关运行经费')}&limit=5`)
    expect(body.hits[0].name ?? body.hits[0].text).toContain('机关运行经费')
    expect(body.hits.every((h: any) => !/^工会经费$/.test(h.name ?? ''))).toBe(true)
    expect((await get(`/api/search?q=${encodeURIComponent('xyz不存在')}`)).body.total).toBe(0)
  })
  it('counts every match and pages through them', async () => {
    const first = (await get(`/api/search?q=${encodeURIComponent('行政运行')}&limit=10`)).body
    expect(first.total).toBeGreaterThan(10)
    const second = (await get(`/api/search?q=${encodeURIComponent('行政运行')}&limit=10&offset=10`)).body
    expect(second.hits[0].id).not.toBe(first.hits[0].id)
  })
  it('accepts organisation aliases in org', async () => {
    const { body } = await get(`/api/search?q=30217&org=${encodeURIComponent('江北区医保中心')}`)
    expect(body.total).toBeGreaterThan(0)
    expect(body.hits.every((h: any) => h.org.includes('江北区医疗保障事务中心'))).toBe(true)
  })
})

describe('source lines with context', () => {
  it('adds lines either side of a paragraph on request', async () => {
    const { body: docs } = await get('/api/docs')
    const id = `${docs.documents[0].id}/p3`
    const bare = (await get(`/api/paragraphs/${id}`)).body
    const wide = (await get(`/api/paragraphs/${id}?context=3`)).body
    expect(wide.sourceLines.length).toBeGreaterThan(bare.sourceLines.length)
  })
})
