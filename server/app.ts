import { Hono, type Context } from 'hono'
import { limitBody } from './http/body-limit.js'
import { readConfig } from './http/config.js'
import { corsForOrigins, rejectForeignOrigins } from './http/cors.js'
import { handleError } from './http/errors.js'
import { notFoundOrWrongMethod } from './http/method-not-allowed.js'
import { rateLimit } from './http/rate-limit.js'
import { securityHeaders } from './http/security-headers.js'
import type { AppDeps, HonoEnv, RouteDeps } from './http/types.js'
import { modelFromConfig } from './llm/provider.js'
import { askRoutes } from './routes/ask.js'
import { corpusItemRoutes } from './routes/corpus-items.js'
import { coverageRoutes } from './routes/coverage.js'
import { docsRoutes } from './routes/docs.js'
import { healthRoutes } from './routes/health.js'
import { openApiRoutes } from './routes/openapi.js'
import { pageRoutes } from './routes/pages.js'
import { searchRoutes } from './routes/search.js'

export type { AppDeps, EnginePort } from './http/types.js'

/** On Workers the platform sets cf-connecting-ip; Node passes its socket address instead (server/node.ts). */
const cloudflareClientIp = (c: Context) => c.req.header('cf-connecting-ip') ?? 'unknown'

/** A question in model mode spends provider tokens: it takes this many units of the client's allowance. */
export const MODEL_QUESTION_COST = 3

/** The whole service as one Hono app, the same on Node and on Workers. */
export function createApp(deps: AppDeps) {
  const config = readConfig(deps.env)
  const model = deps.model === null ? undefined : deps.model ?? modelFromConfig(config)
  const rd: RouteDeps = { ...deps, config, model }

  const app = new Hono<HonoEnv>()
  app.use('*', securityHeaders(config.allowedOrigins))
  const bodyCap = limitBody(config.maxBodyBytes)
  // uploads have their own limits (STAFF_MAX_*), checked after sign-in
  app.use('/api/*', corsForOrigins(config.allowedOrigins), (c, next) => (c.req.path === '/api/staff/uploads' ? next() : bodyCap(c, next)))
  // a store-backed corpus follows publications made elsewhere (another isolate, `npm run ingest:store`)
  if (deps.engine.sync) app.use('/api/*', async (_c, next) => { await deps.engine.sync!(); await next() })
  const questionGuards = [
    rejectForeignOrigins(config.allowedOrigins),
    rateLimit({
      perMinute: config.rateLimitPerMin,
      cost: model ? MODEL_QUESTION_COST : 1,
      binding: deps.env.RATE_LIMITER,
      clientKey: deps.clientIp ?? cloudflareClientIp,
      exempt: deps.rateLimitExempt,
    }),
  ]
  app.use('/api/ask', ...questionGuards)
  app.use('/api/chat', ...questionGuards)

  app.route('/api', healthRoutes(rd))
  app.route('/api', askRoutes(rd))
  app.route('/api', searchRoutes(rd))
  app.route('/api', docsRoutes(rd))
  app.route('/api', coverageRoutes(rd))
  app.route('/api', corpusItemRoutes(rd))
  if (deps.staff) app.route('/api', deps.staff.routes(deps.staff))
  app.route('/api', openApiRoutes(!!deps.staff))
  const missing = notFoundOrWrongMethod(() => app.routes)
  app.all('/api/*', missing)
  app.route('/', pageRoutes(rd))

  app.notFound(missing)
  app.onError(handleError)
  return app
}

export type App = ReturnType<typeof createApp>
