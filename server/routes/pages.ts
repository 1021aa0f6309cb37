import { Hono } from 'hono'
import { AppError } from '../http/errors.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'

/** Pretty paths of the pages built into web/dist. */
const PAGES: Record<string, string> = { '/': '/index.html', '/lookup': '/lookup.html', '/embed': '/embed.html', '/view': '/view.html', '/staff': '/staff.html' }

const cacheControl = (path: string) =>
  path.endsWith('.html') ? 'no-cache' : path === '/widget.js' ? 'public, max-age=300' : 'public, max-age=3600'

/** Static pages and assets from web/dist (GET and HEAD only; paths with `..` never reach the file system). */
export function pageRoutes(deps: RouteDeps) {
  return new Hono<HonoEnv>().get('*', async (c) => {
    const path = PAGES[c.req.path] ?? c.req.path
    if (!deps.fetchAsset || path.includes('..') || path.includes('\\') || path.startsWith('/api/')) throw new AppError('not_found')
    const res = await deps.fetchAsset(path, c.req.raw)
    if (!res || !res.ok) throw new AppError('not_found')
    // assets from a binding come with immutable headers: copy them so the security headers can be added
    const out = new Response(c.req.method === 'HEAD' ? null : res.body, res)
    out.headers.set('Cache-Control', cacheControl(path))
    return out
  })
}
