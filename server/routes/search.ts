import { Hono } from 'hono'
import { z } from 'zod'
import { docsOfOrg } from '../core/tools/lib/org-scope.js'
import { SearchQuery } from '../http/api-schemas.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'
import { valid } from '../http/validate.js'
import { rankHits } from './search-rank.js'

/** Every hit is ranked before paging, so `total` is exact; the corpus (or, store-backed, the shards searched) is small enough to rank whole. */
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
  return new Hono<HonoEnv>().get('/search', valid('query', PagedSearchQuery), async (c) => {
    const { q, org, year, table, doc, kind, limit, offset } = c.req.valid('query')
    // per request: publishing swaps the corpus
    const corpus = deps.engine.corpus
    const orgDocs = org ? new Set(docsOfOrg(corpus, org).docs.map((d) => d.id)) : undefined
    const filter = { year, tableId: table || undefined, docId: doc || undefined, kind }
    // a store-backed corpus searches the shards the scope needs (bounded), the organisation narrowing which ones
    const searched = deps.engine.searchAsync
      ? await deps.engine.searchAsync(q, { ...filter, org: org || undefined }, ALL)
      : deps.engine.search(q, filter, ALL)
    const found = searched.filter((h) => !orgDocs || orgDocs.has(h.docId))
    const ranked = rankHits(q, found)
    const hits = ranked.slice(offset, offset + limit).map(({ ref, ...hit }) => ({ id: ref, ...hit }))
    return c.json({ query: q, total: ranked.length, offset, hits })
  })
}
