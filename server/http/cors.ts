import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { AppError } from './errors.js'

/** CORS headers only for configured origins; other origins get no Access-Control-* headers. */
export const corsForOrigins = (allowedOrigins: string[]): MiddlewareHandler =>
  cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    maxAge: 600,
  })

/**
 * A browser on a site that is not configured gets 403 on the question endpoints,
 * even for "simple" requests that skip the CORS preflight. Requests without Origin (curl, servers) pass.
 */
export function rejectForeignOrigins(allowedOrigins: string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin')
    if (origin && !sameHost(origin, c.req.url) && !allowedOrigins.includes(origin)) throw new AppError('origin_not_allowed')
    await next()
  }
}

/** Host comparison, not origin: behind a TLS-terminating proxy our own pages are https while the request URL is http. */
function sameHost(origin: string, url: string): boolean {
  try {
    return new URL(origin).host === new URL(url).host
  } catch {
    return false
  }
}
