import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

/** The Worker as deployed: server/worker.ts with the bundled corpus, inside workerd. */
const call = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`https://mingzhang.test${path}`, init))
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

const QUESTION = '南岸区医保局2024年2101501行政运行支出多少？'

describe('the Worker in workerd', () => {
  it('health: the bundled corpus is loaded', async () => {
    const res = await call('/api/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'offline', documents: 5 })
  })

  it('answers from the bundled search index and tools', async () => {
    const res = await post('/api/ask', { question: QUESTION })
    const body = (await res.json()) as { answer: string; citations: { rowId?: string }[]; mode: string }
    expect(body.mode).toBe('offline')
    expect(body.answer).toContain('521.68')
    expect(body.citations[0].rowId).toMatch(/\/t\d+\/r\d+$/)
  })

  it('streams /api/chat as a UI message stream', async () => {
    const res = await post('/api/chat', { question: QUESTION })
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1')
    const sse = await res.text()
    expect(sse).toContain('"type":"data-citations"')
    expect(sse).toContain('521.68')
    expect(sse.trim().endsWith('data: [DONE]')).toBe(true)
  })

  it('serves pages from the assets binding with the security headers', async () => {
    const res = await call('/embed')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect((await call('/widget.js')).status).toBe(200)
    expect((await call('/nope.html')).status).toBe(404)
  })

  it('validates input and limits clients with the rate-limit binding', async () => {
    expect((await post('/api/ask', { question: '' })).status).toBe(400)
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) statuses.push((await post('/api/ask', { question: '行政运行' }, { 'cf-connecting-ip': '203.0.113.9' })).status)
    expect(statuses[0]).toBe(200)
    expect(statuses).toContain(429)
  })

  it('serves source lines and the original as published from the assets binding', async () => {
    const table = (await (await call('/api/tables/004_8de5198946ae3720/t1')).json()) as { sourceLines: { line: number; text: string }[] }
    expect(table.sourceLines.length).toBeGreaterThan(0)
    expect(table.sourceLines.some((l) => l.text.trim().length > 0)).toBe(true)
    const original = await call('/api/docs/004_8de5198946ae3720/original')
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toContain('text/plain')
    expect(await original.text()).toContain('2101501')
  })
})
