import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { clientKeyOf, isLoopbackAddress } from '../../server/http/client-key.js'
import { handleError } from '../../server/http/errors.js'
import { createTokenBuckets, rateLimit } from '../../server/http/rate-limit.js'
import { createNodeApp } from '../../server/node-app.js'

/** A one-route app limited to `perMinute`, keyed by the x-client header, on a frozen clock. */
function limitedApp(perMinute: number, opts: { cost?: number; maxClients?: number } = {}) {
  const app = new Hono()
  app.use('*', rateLimit({ perMinute, clientKey: (c) => c.req.header('x-client') ?? 'none', now: () => 0, ...opts }))
  app.get('/', (c) => c.text('ok'))
  app.onError(handleError)
  return async (client: string) => app.request('/', { headers: { 'x-client': client } })
}

/** How many of `clients` (in order) got through before the first 429. */
async function allowed(hit: (client: string) => Promise<Response>, clients: string[]): Promise<number> {
  let n = 0
  for (const c of clients) {
    if ((await hit(c)).status === 429) break
    n++
  }
  return n
}

describe('client keys: one client, one key', () => {
  it.each([
    ['1.2.3.4', '4:1.2.3.4'],
    ['::ffff:1.2.3.4', '4:1.2.3.4'],
    ['::FFFF:1.2.3.4', '4:1.2.3.4'],
    ['[::ffff:1.2.3.4]:8080', '4:1.2.3.4'],
    ['1.2.3.4:5678', '4:1.2.3.4'],
    ['001.002.003.004', '4:1.2.3.4'],
    ['::ffff:0102:0304', '4:1.2.3.4'],
    ['0:0:0:0:0:ffff:1.2.3.4', '4:1.2.3.4'],
    ['2001:db8:0:0:1::2', '6:2001:db8:0:0'],
    ['2001:DB8::ffff:1', '6:2001:db8:0:0'],
    ['[2001:db8::1]:443', '6:2001:db8:0:0'],
    ['127.evil', undefined],
    ['1.2.3.256', undefined],
    ['1::2::3', undefined],
    ['unknown', undefined],
  ])('%s → %s', (raw, key) => expect(clientKeyOf(raw)).toBe(key))

  it('loopback by value, never by a prefix of an unparsed string', () => {
    for (const ip of ['127.0.0.1', '127.8.0.2', '::1', '::ffff:127.0.0.1', '[::1]:5000']) expect(isLoopbackAddress(ip)).toBe(true)
    for (const ip of ['127.evil', '10.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', 'unknown', '1127.0.0.1', '::2']) expect(isLoopbackAddress(ip)).toBe(false)
  })
})

describe('rate limiting per client', () => {
  it('answers 429 with Retry-After once a client exceeds its budget, and keeps other clients going', async () => {
    const hit = limitedApp(2)
    expect((await hit('1.1.1.1')).status).toBe(200)
    expect((await hit('1.1.1.1')).status).toBe(200)
    const third = await hit('1.1.1.1')
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await hit('2.2.2.2')).status).toBe(200)
  })

  it('35 requests from one /64: limited after the allowance', async () => {
    const clients = Array.from({ length: 35 }, (_, i) => `2001:db8:1:2:${i.toString(16)}::${i + 1}`)
    expect(await allowed(limitedApp(30), clients)).toBe(30)
  })

  it('35 requests from 8 spellings of one IPv4 address: limited after the allowance', async () => {
    const spellings = ['203.0.113.9', '::ffff:203.0.113.9', '::FFFF:203.0.113.9', '[::ffff:203.0.113.9]:1', '203.0.113.9:4444', '203.000.113.009', '::ffff:cb00:7109', '0:0:0:0:0:ffff:203.0.113.9']
    expect(new Set(spellings.map(clientKeyOf)).size).toBe(1)
    expect(await allowed(limitedApp(30), Array.from({ length: 35 }, (_, i) => spellings[i % 8]))).toBe(30)
  })

  it('invalid addresses share one bucket', async () => {
    expect(await allowed(limitedApp(30), Array.from({ length: 35 }, (_, i) => `127.evil${i}`))).toBe(30)
  })

  it('a request’s cost is weighed: at cost 3, an allowance of 30 is 10 questions', async () => {
    expect(await allowed(limitedApp(30, { cost: 3 }), Array.from({ length: 15 }, () => '198.51.100.1'))).toBe(10)
  })

  it('a full table never unblocks a blocked key', () => {
    const take = createTokenBuckets(2, () => 0, 10)
    take('4:9.9.9.9')
    take('4:9.9.9.9')
    expect(take('4:9.9.9.9').ok).toBe(false)
    for (let i = 0; i < 1000; i++) take(`4:10.0.${i >> 8}.${i & 255}`)
    expect(take('4:9.9.9.9').ok).toBe(false)
  })

  it('refills over time: a blocked client may ask again after Retry-After', () => {
    let t = 0
    const take = createTokenBuckets(30, () => t, 100)
    for (let i = 0; i < 30; i++) take('k')
    const r = take('k')
    expect(r).toEqual({ ok: false, retryAfterS: 2 })
    t += 2000
    expect(take('k').ok).toBe(true)
  })
})

describe('behind proxies and on loopback (Node)', () => {
  const ask = (app: ReturnType<typeof createNodeApp>['app'], forwardedFor: string) =>
    app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: '{"question":"公务接待费"}' })

  it('TRUST_PROXY=1 keys on the address the proxy saw, not on what the client wrote before it', async () => {
    const { app } = createNodeApp({ TRUST_PROXY: '1', RATE_LIMIT_PER_MIN: '1' })
    expect((await ask(app, '127.0.0.1, 203.0.113.9')).status).toBe(200)
    expect((await ask(app, '127.0.0.1, 203.0.113.9')).status).toBe(429)
    expect((await ask(app, '198.51.100.77, 203.0.113.9')).status).toBe(429)
    expect((await ask(app, '203.0.113.10')).status).toBe(200)
  })

  it('TRUST_PROXY=2 (CDN → proxy): the second entry from the right', async () => {
    const { app } = createNodeApp({ TRUST_PROXY: '2', RATE_LIMIT_PER_MIN: '1' })
    expect((await ask(app, '6.6.6.6, 203.0.113.9, 10.0.0.2')).status).toBe(200)
    expect((await ask(app, '7.7.7.7, 203.0.113.9, 10.0.0.3')).status).toBe(429)
  })

  it.each(['::1', '127.0.0.1', '127.evil', '::ffff:127.0.0.1'])('a forged loopback forward (%s) is limited after the allowance', async (forged) => {
    const { app } = createNodeApp({ TRUST_PROXY: '1', RATE_LIMIT_PER_MIN: '30' })
    const n = await allowed(async (f) => ask(app, f), Array.from({ length: 35 }, () => forged))
    // the real clock refills half a question per second while the 30 run
    expect(n).toBeGreaterThanOrEqual(30)
    expect(n).toBeLessThanOrEqual(32)
  })

  it('the loopback exemption is judged on the socket: direct loopback clients pass, forwarded ones do not', async () => {
    const direct = createNodeApp({ RATE_LIMIT_PER_MIN: '1' }).app
    const proxied = createNodeApp({ RATE_LIMIT_PER_MIN: '1', TRUST_PROXY: '1' }).app
    const servers = [serve({ fetch: direct.fetch, port: 0, hostname: '127.0.0.1' }), serve({ fetch: proxied.fetch, port: 0, hostname: '127.0.0.1' })]
    await Promise.all(servers.map((s) => new Promise((r) => (s.listening ? r(0) : s.once('listening', r)))))
    const [a, b] = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/api/ask`)
    const post = async (url: string, headers: Record<string, string> = {}) =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"question":"公务接待费"}' })).status
    try {
      expect([await post(a), await post(a), await post(a)]).toEqual([200, 200, 200])
      expect([await post(b), await post(b)]).toEqual([200, 200]) // a local probe, not forwarded
      expect([await post(b, { 'x-forwarded-for': '::1' }), await post(b, { 'x-forwarded-for': '::1' })]).toEqual([200, 429])
    } finally {
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
    }
  })
})
