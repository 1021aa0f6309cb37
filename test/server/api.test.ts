import { describe, expect, it } from 'vitest'
import { assetsFromDir, sourcesFromDir } from '../../server/node-files.js'
import { postJson, SEEDS, testApp, testEngine, WEB_DIST } from './helpers.js'

const app = testApp({ readSource: sourcesFromDir(SEEDS), fetchAsset: assetsFromDir(WEB_DIST) })
const getJson = async (path: string) => {
  const res = await app.request(path)
  return { status: res.status, body: (await res.json()) as any, res }
}

describe('GET /api/health', () => {
  it('is 200 with the corpus counts', async () => {
    const { status, body } = await getJson('/api/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', mode: 'offline' })
    expect(body.documents).toBeGreaterThan(0)
    expect(body.rows).toBeGreaterThan(0)
  })
})

describe('POST /api/ask', () => {
  it('answers with citations, tool calls and the mode', async () => {
    const res = await app.request('/api/ask', postJson({ question: '江北区 公务接待费' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('x-answer-mode')).toBe('offline')
    const body = (await res.json()) as any
    expect(body.mode).toBe('offline')
    expect(body.citations[0].rowId).toMatch(/\/t\d+\/r\d+$/)
  })

  it.each([
    [{}, /缺少问题/],
    [{ question: '   ' }, /问题不能为空/],
    [{ question: 'x'.repeat(501) }, /问题超过 500 个字/],
    [{ question: 42 }, /问题的类型不对/],
    [{ question: 'q', history: Array(21).fill({ role: 'user', content: 'a' }) }, /历史消息最多 20 条/],
    [{ question: 'q', history: [{ role: 'system', content: 'a' }] }, /角色的取值不对/],
  ])('400 says what is wrong: %j', async (body, message) => {
    const res = await app.request('/api/ask', postJson(body))
    expect(res.status).toBe(400)
    const err = ((await res.json()) as any).error
    expect(err.code).toBe('bad_request')
    expect(err.message).toMatch(message)
    expect(err.issues[0].path).toBeTypeOf('string')
  })

  it('400 for malformed JSON, 415 for a body that is not JSON', async () => {
    const bad = await app.request('/api/ask', postJson('{"question":'))
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as any).error.code).toBe('bad_json')
    const form = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'question=1' })
    expect(form.status).toBe(415)
  })
})

describe('lookup API', () => {
  it('searches rows and paragraphs, each hit with its stable id', async () => {
    const { status, body } = await getJson(`/api/search?q=${encodeURIComponent('公务接待费')}&limit=5`)
    expect(status).toBe(200)
    expect(body.hits.length).toBeGreaterThan(0)
    expect(body.hits.length).toBeLessThanOrEqual(5)
    for (const h of body.hits) expect(h.id).toMatch(/^\w+\/(t\d+\/r\d+|p\d+)$/)
  })

  it('filters by org and year', async () => {
    const { body } = await getJson(`/api/search?q=${encodeURIComponent('行政运行')}&org=${encodeURIComponent('南岸')}&year=2024`)
    expect(body.hits.length).toBeGreaterThan(0)
    for (const h of body.hits) expect(h).toMatchObject({ year: 2024, org: expect.stringContaining('南岸') })
  })

  it.each([['', 400], ['x'.repeat(101), 400], ['a&year=abc', 400], ['a&limit=500', 400]])('search q=%s → %i', async (q, status) => {
    const res = await app.request(`/api/search?q=${q}`)
    expect(res.status).toBe(status)
  })

  it('lists documents with their tables, and serves one document', async () => {
    const { body } = await getJson('/api/docs')
    const doc = body.documents.find((d: any) => d.tables.length > 0)
    expect(doc).toMatchObject({ id: expect.any(String), org: expect.any(String), year: expect.any(Number) })
    const one = await getJson(`/api/docs/${doc.id}`)
    expect(one.body.document.tables.length).toBe(doc.tables.length)
    expect((await app.request('/api/docs/nope')).status).toBe(404)
  })

  it('serves a table with all rows and its source lines, by slashed or encoded id', async () => {
    const { body: docs } = await getJson('/api/docs')
    const table = docs.documents.flatMap((d: any) => d.tables).find((t: any) => t.rows > 2)
    const slashed = await getJson(`/api/tables/${table.id}`)
    expect(slashed.status).toBe(200)
    expect(slashed.body.table.rows.length).toBe(table.rows)
    expect(slashed.body.sourceLines.length).toBeGreaterThan(0)
    expect(slashed.body.sourceLines[0]).toEqual({ line: slashed.body.table.lines[0], text: expect.any(String) })
    const encoded = await getJson(`/api/tables/${encodeURIComponent(table.id)}`)
    expect(encoded.body.table.id).toBe(table.id)
  })

  it('serves a row and a paragraph with their citations', async () => {
    const { body: t } = await getJson(`/api/tables/${(await getJson('/api/docs')).body.documents[0].tables[0].id}`)
    const rowId = t.table.rows[0].id
    const row = await getJson(`/api/rows/${rowId}`)
    expect(row.body.citation).toMatchObject({ kind: 'row', rowId })
    const doc = (await getJson(`/api/docs/${t.doc.id}`)).body.document
    const p = await getJson(`/api/paragraphs/${doc.paragraphs[0].id}`)
    expect(p.body.citation).toMatchObject({ kind: 'paragraph', paragraphId: doc.paragraphs[0].id })
    expect((await app.request(`/api/rows/${t.doc.id}/t0/r9999`)).status).toBe(404)
    expect((await app.request('/api/rows/..%2F..%2Fetc%2Fpasswd')).status).toBe(404)
  })

  it('findings: 501 with a message when no checks are wired, 200 when they are', async () => {
    const id = (await getJson('/api/docs')).body.documents[0].id
    const off = await (async () => {
      const res = await testApp({ engine: { ...testEngine(), findings: undefined } }).request(`/api/docs/${id}/findings`)
      return { status: res.status, body: await res.json() }
    })()
    expect(off.status).toBe(501)
    expect(off.body.error.message).toMatch(/一致性检查/)
    const on = testApp({ checkDocument: (doc) => [{ docId: doc.id }] })
    expect(await (await on.request(`/api/docs/${id}/findings`)).json()).toEqual({ docId: id, findings: [{ docId: id }] })
  })

  it('unknown API paths are JSON 404s', async () => {
    const { status, body } = await getJson('/api/nope')
    expect(status).toBe(404)
    expect(body.error.code).toBe('not_found')
  })
})

describe('GET /api/openapi.json', () => {
  it('describes every route with schemas generated from zod', async () => {
    const { body } = await getJson('/api/openapi.json')
    expect(body.openapi).toBe('3.1.0')
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/ask', '/api/chat', '/api/search', '/api/tables/{id}']))
    expect(body.components.schemas.AskRequest.properties.question).toMatchObject({ type: 'string', maxLength: 500 })
    expect(body.components.schemas.AskResponse.properties.citations.items).toEqual({ $ref: '#/components/schemas/Citation' })
  })
})

describe('pages', () => {
  it.each([['/', 'text/html'], ['/lookup', 'text/html'], ['/embed', 'text/html'], ['/widget.js', 'javascript']])('%s is served', async (path, type) => {
    const res = await app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain(type)
  })

  it('404 for missing files and traversal attempts', async () => {
    for (const p of ['/nope.html', '/..%2F..%2Fpackage.json', '/%2e%2e/package.json', '/web/dist/index.html']) {
      expect((await app.request(p)).status, p).toBe(404)
    }
  })
})
