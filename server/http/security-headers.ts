import type { MiddlewareHandler } from 'hono'

/** Paths the configured embedders may frame; every other page may be framed only by this origin. */
const EMBEDDABLE = new Set(['/embed', '/embed.html'])

const cspWith = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    // the widget's shadow root falls back to a <style> element where constructable sheets are missing
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

const PERMISSIONS = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'

/** Served over https: directly (Workers), or by a proxy that terminated TLS (browsers ignore HSTS over http anyway). */
const overHttps = (url: string, forwardedProto: string | undefined) => url.startsWith('https:') || forwardedProto?.split(',')[0].trim() === 'https'

/**
 * Headers on every response: CSP without inline scripts, nosniff, referrer policy, COOP, Permissions-Policy,
 * HSTS when served over https; API responses uncached.
 */
export function securityHeaders(allowedOrigins: string[]): MiddlewareHandler {
  const strict = cspWith("'self'")
  const embeddable = cspWith(["'self'", ...allowedOrigins].join(' '))
  return async (c, next) => {
    await next()
    const h = c.res.headers
    h.set('X-Content-Type-Options', 'nosniff')
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin')
    h.set('Cross-Origin-Opener-Policy', 'same-origin')
    h.set('Permissions-Policy', PERMISSIONS)
    if (overHttps(c.req.url, c.req.header('x-forwarded-proto'))) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    h.set('Content-Security-Policy', EMBEDDABLE.has(c.req.path) ? embeddable : strict)
    if (c.req.path.startsWith('/api/') && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store')
  }
}
