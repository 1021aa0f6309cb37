import { describe, expect, it, vi } from 'vitest'
import { assetsFromDir } from '../../server/node-files.js'
import { postJson, testEngine, testApp, WEB_DIST } from './helpers.js'

const EMBEDDER = 'https://ybj.example.gov.cn'
const app = testApp({ env: { ALLOWED_ORIGINS: `${EMBEDDER}, https://other.example.cn/` }, fetchAsset: assetsFromDir(WEB_DIST) })

describe('security headers', () => {
  it('pages carry a CSP without inline scripts, nosniff and a referrer policy', async () => {
    const res = await app.request('/')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('only /embed may be framed by the configured embedders', async () => {
    expect((await app.request('/embed')).headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${EMBEDDER} https://other.example.cn`)
    expect((await app.request('/')).headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'(;|$)/)
    expect((await testApp({ fetchAsset: assetsFromDir(WEB_DIST) }).request('/embed')).headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'(;|$)/)
  })

  it('COOP and Permissions-Policy everywhere; HSTS only over https', async () => {
    const res = await app.request('/')
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\)/)
    expect(res.headers.get('strict-transport-security')).toBeNull()
    expect((await app.request('https://mz.example.gov.cn/api/health')).headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
    expect((await app.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toMatch(/max-age=/)
  })

  it.each([
    ['GET', '/api/ask', 'POST'],
    ['PUT', '/api/health', 'GET, HEAD'],
    ['DELETE', '/api/docs/x', 'GET, HEAD'],
    ['POST', '/api/rows/a/t0/r1', 'GET, HEAD'],
    ['POST', '/', 'GET, HEAD'],
  ])('%s %s: 405 with Allow: %s', async (method, path, allow) => {
    const res = await app.request(path, { method })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    expect(((await res.json()) as any).error.code).toBe('method_not_allowed')
  })

  it('unknown paths stay 404', async () => {
    expect((await app.request('/api/nope', { method: 'POST' })).status).toBe(404)
  })

  it('API responses are not cached and carry the same headers', async () => {
    const res = await app.request('/api/health')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('CORS and origins', () => {
  const preflight = (origin: string) =>
    app.request('/api/ask', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } })

  it('allows configured origins only', async () => {
    const ok = await preflight(EMBEDDER)
    expect(ok.headers.get('access-control-allow-origin')).toBe(EMBEDDER)
    const no = await preflight('https://evil.example.com')
    expect(no.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('403 for a question from an unconfigured site, even as a simple request; same host and no Origin pass', async () => {
    const evil = await app.request('/api/ask', postJson({ question: '公务接待费' }, { origin: 'https://evil.example.com' }))
    expect(evil.status).toBe(403)
    expect(((await evil.json()) as any).error.code).toBe('origin_not_allowed')
    expect((await app.request('http://localhost/api/ask', postJson({ question: '公务接待费' }, { origin: 'https://localhost' }))).status).toBe(200)
    expect((await app.request('/api/ask', postJson({ question: '公务接待费' }, { origin: EMBEDDER }))).headers.get('access-control-allow-origin')).toBe(EMBEDDER)
    expect((await app.request('/api/ask', postJson({ question: '公务接待费' }))).status).toBe(200)
  })
})

describe('limits', () => {
  it('413 for a body over MAX_BODY_BYTES, before parsing', async () => {
    const small = testApp({ env: { MAX_BODY_BYTES: '2048' } })
    const res = await small.request('/api/ask', postJson({ question: 'a', pad: 'x'.repeat(5000) }))
    expect(res.status).toBe(413)
    expect(((await res.json()) as any).error.code).toBe('payload_too_large')
    const chunked = await small.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('{"question":"' + 'x'.repeat(4000) + '"}')); c.close() } }),
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(413)
  })

  it('429 with Retry-After past RATE_LIMIT_PER_MIN, per client address', async () => {
    const limited = testApp({ env: { RATE_LIMIT_PER_MIN: '3' } })
    const ask = (ip: string) => limited.request('/api/ask', postJson({ question: '公务接待费' }, { 'cf-connecting-ip': ip }))
    for (let i = 0; i < 3; i++) expect((await ask('10.0.0.1')).status).toBe(200)
    const res = await ask('10.0.0.1')
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await res.json()) as any).error.code).toBe('rate_limited')
    expect((await ask('10.0.0.2')).status).toBe(200)
    expect((await limited.request('/api/search?q=a', { headers: { 'cf-connecting-ip': '10.0.0.1' } })).status).toBe(200)
  })

  it('uses the Workers rate-limit binding when present', async () => {
    const keys: string[] = []
    const binding = { limit: async ({ key }: { key: string }) => (keys.push(key), { success: keys.length <= 1 }) }
    const bound = testApp({ env: { RATE_LIMITER: binding } })
    expect((await bound.request('/api/chat', postJson({ question: 'a' }, { 'cf-connecting-ip': '1.2.3.4' }))).status).toBe(200)
    const res = await bound.request('/api/chat', postJson({ question: 'a' }, { 'cf-connecting-ip': '1.2.3.4' }))
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(keys).toEqual(['4:1.2.3.4', '4:1.2.3.4']) // the normalised key
  })
})

describe('the error funnel', () => {
  it('a crash is a 500 with a citizen-safe message; the stack goes only to the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = { ...testEngine(), ask: () => { throw new Error('secret internal detail at /srv/x.ts:1') } }
    const res = await testApp({ engine }).request('/api/ask', postJson({ question: 'a' }))
    const text = await res.text()
    expect(res.status).toBe(500)
    expect(JSON.parse(text).error).toEqual({ code: 'internal', message: expect.stringMatching(/服务/) })
    expect(text).not.toMatch(/secret|\.ts|at /)
    expect(log.mock.calls.flat().join('')).toMatch(/secret internal detail/)
    log.mockRestore()
  })
})
