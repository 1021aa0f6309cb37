import type { Context, MiddlewareHandler } from 'hono'
import { clientKeyOf } from './client-key.js'
import type { RateLimitBinding } from './config.js'
import { AppError } from './errors.js'

export interface RateLimitOptions {
  /** the allowance per client per minute, in cost units (an offline question costs 1) */
  perMinute: number
  /** the client's address as the runtime sees it (socket, cf-connecting-ip, or the trusted proxy's forward) */
  clientKey: (c: Context) => string
  /** what one request costs (a model-mode question costs more: it spends provider tokens) */
  cost?: number
  /** The Workers binding, when configured; its limit is set in wrangler.toml. */
  binding?: RateLimitBinding
  now?: () => number
  /** Bounds memory under a flood of distinct addresses. */
  maxClients?: number
  /** Requests never limited (on Node: the machine's own loopback clients, judged by the socket, see node-app.ts). */
  exempt?: (c: Context) => boolean
}

const MINUTE_MS = 60_000
/** Keys that are not a valid address share one bucket: garbage spellings cannot mint fresh allowances. */
const INVALID_KEY = 'invalid'
/** New keys when the table is full and no idle bucket can go share one bucket: a flood never evicts a blocked client. */
const OVERFLOW_KEY = 'overflow'

interface Bucket {
  tokens: number
  at: number
}

/**
 * Token buckets per client key, in memory (one process, or one Workers isolate): `perMinute` tokens, refilled
 * continuously; a request takes `cost`. Only full (idle) buckets are ever evicted, so a blocked client stays
 * blocked however many new addresses arrive.
 */
export function createTokenBuckets(perMinute: number, now: () => number, maxClients: number) {
  const buckets = new Map<string, Bucket>()
  let lastSweep = -Infinity
  const refill = (b: Bucket, t: number) => {
    b.tokens = Math.min(perMinute, b.tokens + ((t - b.at) / MINUTE_MS) * perMinute)
    b.at = t
  }
  const sweep = (t: number) => {
    lastSweep = t
    for (const [k, b] of buckets) {
      refill(b, t)
      if (b.tokens >= perMinute) buckets.delete(k)
    }
  }
  return (rawKey: string, cost = 1): { ok: boolean; retryAfterS: number } => {
    const t = now()
    let key = rawKey
    let b = buckets.get(key)
    if (!b) {
      if (buckets.size >= maxClients && t - lastSweep >= 1000) sweep(t)
      if (buckets.size >= maxClients) {
        key = OVERFLOW_KEY
        b = buckets.get(key)
      }
      if (!b) {
        b = { tokens: perMinute, at: t }
        buckets.set(key, b)
      }
    }
    refill(b, t)
    if (b.tokens >= cost) {
      b.tokens -= cost
      return { ok: true, retryAfterS: 0 }
    }
    const waitMs = ((cost - b.tokens) / perMinute) * MINUTE_MS
    return { ok: false, retryAfterS: Math.max(1, Math.ceil(waitMs / 1000)) }
  }
}

/** 429 with Retry-After once a client has spent its allowance. perMinute 0 disables the limiter. */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  if (opts.perMinute <= 0 && !opts.binding) return (_c, next) => next()
  const take = createTokenBuckets(opts.perMinute, opts.now ?? Date.now, opts.maxClients ?? 50_000)
  const cost = Math.max(1, opts.cost ?? 1)
  return async (c, next) => {
    if (opts.exempt?.(c)) return next()
    const key = clientKeyOf(opts.clientKey(c)) ?? INVALID_KEY
    if (opts.binding) {
      for (let i = 0; i < cost; i++) {
        const { success } = await opts.binding.limit({ key })
        if (!success) throw limited(60)
      }
    } else {
      const r = take(key, cost)
      if (!r.ok) throw limited(r.retryAfterS)
    }
    await next()
  }
}

const limited = (retryAfterS: number) =>
  new AppError('rate_limited', `提问太频繁了，请 ${retryAfterS} 秒后再试。`, { headers: { 'Retry-After': String(retryAfterS) } })
