import { Hono } from 'hono'
import { SearchQuery } from '../http/api-schemas.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'
import { valid } from '../http/validate.js'

/** GET /api/search?q=&org=&year=&table=&doc=&kind=&limit=: rows and paragraphs, each with its stable id. */
export function searchRoutes(deps: RouteDeps) {
  return new Hono<HonoEnv>().get('/search', valid('query', SearchQuery), async (c) => {
    const { q, org, year, table, doc, kind, limit } = c.req.valid('query')
    const filter = { org: org || undefined, year, tableId: table || undefined, docId: doc || undefined, kind }
    const found = deps.engine.searchAsync ? await deps.engine.searchAsync(q, filter, limit) : deps.engine.search(q, filter, limit)
    const hits = found.map(({ ref, ...hit }) => ({ id: ref, ...hit }))
    return c.json({ query: q, hits })
  })
}
