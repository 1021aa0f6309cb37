import { Hono } from 'hono'
import type { HonoEnv, RouteDeps } from '../http/types.js'

/** GET /api/health: 200 with corpus counts; the app only exists once the corpus is loaded. */
export function healthRoutes(deps: RouteDeps) {
  const docs = deps.engine.corpus.documents
  const counts = () =>
    deps.engine.stats?.() ?? {
      documents: docs.length,
      tables: docs.reduce((n, d) => n + d.tables.length, 0),
      rows: docs.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.rows.length, 0), 0),
      paragraphs: docs.reduce((n, d) => n + d.paragraphs.length, 0),
    }
  const mode = deps.model ? ('model' as const) : ('offline' as const)
  return new Hono<HonoEnv>().get('/health', (c) => c.json({ status: 'ok' as const, mode, ...counts() }))
}
