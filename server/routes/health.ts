import type { Corpus } from '../core/schema.js'
import { Hono } from 'hono'
import type { HonoEnv, RouteDeps } from '../http/types.js'

/** GET /api/health: 200 with corpus counts; the app only exists once the corpus is loaded. */
export function healthRoutes(deps: RouteDeps) {
  const counts = new WeakMap<Corpus, object>()
  const countsOf = (corpus: Corpus) => {
    const docs = corpus.documents
    return counts.get(corpus) ?? counts.set(corpus, {
      documents: docs.length,
      tables: docs.reduce((n, d) => n + d.tables.length, 0),
      rows: docs.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.rows.length, 0), 0),
      paragraphs: docs.reduce((n, d) => n + d.paragraphs.length, 0),
    }).get(corpus)!
  }
  const mode = deps.model ? ('model' as const) : ('offline' as const)
  // per request: publishing swaps the corpus; a store-backed corpus counts from its catalog
  return new Hono<HonoEnv>().get('/health', async (c) => c.json({ status: 'ok' as const, mode, ...((await deps.engine.stats?.()) ?? countsOf(deps.engine.corpus)) }))
}
