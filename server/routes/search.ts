import { Hono } from 'hono'
import { z } from 'zod'
import { docsOfOrg } from '../core/tools/lib/org-scope.js'
import { SearchQuery } from '../http/api-schemas.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'
import { valid } from '../http/validate.js'
import { rankHits } from './search-rank.js'

/** Every hit is ranked before paging, so `total` is exact; the corpus is small enough to rank whole. */
const ALL = 100_000

/** The search query plus paging: `offset` into the ranked hits. */
const PagedSearchQuery = SearchQuery.extend({
  offset: z.coerce.number().int().min(0).max(100_000).default(0).describe('hits to skip (paging)'),
})

/**
 * GET /api/search?q=&org=&year=&table=&doc=&kind=&limit=&offset=: rows and paragraphs, each with its stable id,
 * ranked exact name → code → partial; `total` counts every match. `org` takes the same names and aliases as questions.
 */
export function searchRoutes(deps: RouteDeps) {
  const corpus = deps.engine.corpus
  return new Hono<HonoEnv>().get('/search', valid('query', PagedSearchQuery), (c) => {
    const { q, org, year, table, doc, kind, limit, offset } = c.req.valid('query')
    const orgDocs = org ? new Set(docsOfOrg(corpus, org).docs.map((d) => d.id)) : undefined
    const found = deps.engine
      .search(q, { year, tableId: table || undefined, docId: doc || undefined, kind }, ALL)
      .filter((h) => !orgDocs || orgDocs.has(h.docId))
    const ranked = rankHits(q, found)
    const hits = ranked.slice(offset, offset + limit).map(({ ref, ...hit }) => ({ id: ref, ...hit }))
    return c.json({ query: q, total: ranked.length, offset, hits })
  })
}
