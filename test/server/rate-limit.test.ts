import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { handleError } from '../../server/http/errors.js'
import { rateLimit } from '../../server/http/rate-limit.js'
import { createNodeApp, isLoopback } from '../../server/node-app.js'

/** A one-route app limited to `perMinute`, keyed by the x-client header, on a frozen clock. */
function limitedApp(perMinute: number, exempt?: (key: string) => boolean) {
  const app = new Hono()
  app.use('*', rateLimit({ perMinute, clientKey: (c) => c.req.header('x-client') ?? 'none', exempt, now: () => 0 }))
  app.get('/', (c) => c.text('ok'))
  app.onError(handleError)
  return (client: string) => app.request('/', { headers: { 'x-client': client } })
}

describe('rate limiting per client', () => {
  it('answers 429 with Retry-After once a client exceeds its budget, and keeps other clients going', async () => {
    const hit = limitedApp(2)
    expect((await hit('a')).status).toBe(200)
    expect((await hit('a')).status).toBe(200)
    const third = await hit('a')
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await hit('b')).status).toBe(200)
  })

  it('lets exempt clients through however often they ask', async () => {
    const hit = limitedApp(1, isLoopback)
    for (let i = 0; i < 5; i++) expect((await hit('127.0.0.1')).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await hit('::1')).status).toBe(200)
    expect((await hit('203.0.113.9')).status).toBe(200)
    expect((await hit('203.0.113.9')).status).toBe(429)
  })

  it('treats only loopback addresses as the machine’s own clients', () => {
    for (const ip of ['127.0.0.1', '127.8.0.2', '::1', '::ffff:127.0.0.1']) expect(isLoopback(ip)).toBe(true)
    for (const ip of ['10.0.0.1', '192.168.1.1', '::ffff:10.0.0.1', '2001:db8::1', 'unknown', '1127.0.0.1']) expect(isLoopback(ip)).toBe(false)
  })

  it('behind a proxy (TRUST_PROXY=1) keys on the address the proxy saw, not on what the client wrote before it', async () => {
    const { app } = createNodeApp({ TRUST_PROXY: '1', RATE_LIMIT_PER_MIN: '1' })
    const ask = (forwardedFor: string) =>
      app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: '{"question":"公务接待费"}' })
    expect((await ask('127.0.0.1, 203.0.113.9')).status).toBe(200)
    // a spoofed loopback or a fresh first entry neither exempts the client nor gives it a new budget
    expect((await ask('127.0.0.1, 203.0.113.9')).status).toBe(429)
    expect((await ask('198.51.100.77, 203.0.113.9')).status).toBe(429)
    expect((await ask('203.0.113.10')).status).toBe(200)
  })
})
