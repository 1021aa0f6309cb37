import { Hono } from 'hono'
import type { BudgetDocument } from '../core/schema.js'
import { docsOfOrg } from '../core/tools/lib/org-scope.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'

/** Where the original of a document can be downloaded as published. */
export const originalPath = (docId: string) => `/api/docs/${encodeURIComponent(docId)}/original`

const docEntry = (d: BudgetDocument) => ({ id: d.id, year: d.year, scope: d.scope, title: d.title, format: d.format ?? 'text', original: originalPath(d.id) })

/** Documents grouped by organisation, years ascending. */
function unitsOf(docs: BudgetDocument[]) {
  const byOrg = new Map<string, BudgetDocument[]>()
  for (const d of docs) byOrg.set(d.org, [...(byOrg.get(d.org) ?? []), d])
  return [...byOrg].sort(([a], [b]) => a.localeCompare(b, 'zh')).map(([org, list]) => {
    const sorted = [...list].sort((a, b) => a.year - b.year)
    return { org, years: [...new Set(sorted.map((d) => d.year))], documents: sorted.map(docEntry) }
  })
}

/**
 * GET /api/coverage?org=: what the service covers (organisations × years, each document with a link to its
 * original) and when the data was last updated. `allowed` tells an embedding page whether its origin may ask
 * questions (null without an Origin header); readable from any origin, so a widget on a site that is not in
 * ALLOWED_ORIGINS can tell its developer which setting to change instead of failing silently.
 */
export function coverageRoutes(deps: RouteDeps) {
  return new Hono<HonoEnv>().get('/coverage', (c) => {
    const corpus = deps.engine.corpus // per request: publishing swaps the corpus
    const org = c.req.query('org')?.trim().slice(0, 100) || undefined
    const docs = org ? docsOfOrg(corpus, org).docs : corpus.documents
    const origin = c.req.header('origin')
    const allowed = origin === undefined ? null : deps.config.allowedOrigins.includes(origin) || sameHost(origin, c.req.url)
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'no-cache')
    return c.json({
      org: org ?? null,
      allowed,
      setting: 'ALLOWED_ORIGINS',
      updated: deps.engine.updated?.() ?? deps.dataUpdated ?? null,
      documents: docs.length,
      units: unitsOf(docs),
    })
  })
}

function sameHost(origin: string, url: string): boolean {
  try {
    return new URL(origin).host === new URL(url).host
  } catch {
    return false
  }
}
