import type { Context } from 'hono'
import { AppError, errorResponse } from './errors.js'

interface RouteEntry {
  method: string
  path: string
}

/** "/api/docs/:id" → /^\/api\/docs\/[^/]+$/; ":id{.+}" keeps its own pattern; "*" matches the rest. */
function patternOf(path: string): RegExp {
  const src = path
    .split(/(:\w+(?:\{[^}]*\})?|\*)/)
    .map((part) => {
      if (part === '*') return '.*'
      const param = /^:\w+(?:\{([^}]*)\})?$/.exec(part)
      if (param) return param[1] ? `(?:${param[1]})` : '[^/]+'
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${src}$`)
}

/**
 * The methods a path answers to, from the app's own routes (middleware and catch-alls aside); API paths only
 * count API routes, so the pages' `GET /*` does not claim them.
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const api = path.startsWith('/api/')
  const methods = new Set<string>()
  for (const r of routes) {
    if (r.method === 'ALL' || (api && !r.path.startsWith('/api/'))) continue
    if (patternOf(r.path).test(path)) methods.add(r.method)
  }
  if (methods.has('GET')) methods.add('HEAD')
  return [...methods].sort()
}

/** 405 with Allow when the path exists under another method, else 404. */
export const notFoundOrWrongMethod = (routes: () => readonly RouteEntry[]) => (c: Context) => {
  const allow = allowedMethods(routes(), c.req.path)
  if (allow.length && !allow.includes(c.req.method)) return errorResponse(c, new AppError('method_not_allowed', undefined, { headers: { Allow: allow.join(', ') } }))
  return errorResponse(c, new AppError('not_found'))
}
