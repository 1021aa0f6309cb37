import type { MiddlewareHandler } from 'hono'
import type { RateLimitBinding } from './config.js'
import { AppError } from './errors.js'

export interface RateLimitOptions {
  perMinute: number
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string
  /** The Workers binding, when configured; its limit is set in wrangler.toml. */
  binding?: RateLimitBinding
  now?: () => number
  /** Bounds memory under a flood of distinct addresses. */
  maxClients?: number
  /** Client keys never limited (on Node: the machine's own loopback clients, see node-app.ts). */
  exempt?: (key: string) => boolean
}

const WINDOW_MS = 60_000

/** Fixed one-minute windows per client key, kept in memory (one process, or one Workers isolate). */
export function createWindowCounter(perMinute: number, now: () => number, maxClients: number) {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return (key: string): { ok: boolean; retryAfterS: number } => {
    const t = now()
    let w = windows.get(key)
    if (!w || w.resetAt <= t) {
      if (windows.size >= maxClients) {
        for (const [k, v] of windows) if (v.resetAt <= t) windows.delete(k)
        if (windows.size >= maxClients) windows.delete(windows.keys().next().value as string)
      }
      w = { count: 0, resetAt: t + WINDOW_MS }
      windows.set(key, w)
    }
    w.count++
    return { ok: w.count <= perMinute, retryAfterS: Math.max(1, Math.ceil((w.resetAt - t) / 1000)) }
  }
}

/** 429 with Retry-After once a client exceeds its budget. perMinute 0 disables the limiter. */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  if (opts.perMinute <= 0 && !opts.binding) return (_c, next) => next()
  const count = createWindowCounter(opts.perMinute, opts.now ?? Date.now, opts.maxClients ?? 50_000)
  return async (c, next) => {
    const key = opts.clientKey(c)
    if (opts.exempt?.(key)) return next()
    if (opts.binding) {
      const { success } = await opts.binding.limit({ key })
      if (!success) throw limited(60)
    } else {
      const r = count(key)
      if (!r.ok) throw limited(r.retryAfterS)
    }
    await next()
  }
}

const limited = (retryAfterS: number) =>
  new AppError('rate_limited', `提问太频繁了，请 ${retryAfterS} 秒后再试。`, { headers: { 'Retry-After': String(retryAfterS) } })
