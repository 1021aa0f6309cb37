import type { ExecutionContext } from 'hono'
import { createApp, type App } from './app.js'
import { createShardedEngine, type ShardedEngine } from './core/corpus/sharded-engine.js'
import { warmUp } from './core/corpus/warm-up.js'
import type { Store } from './core/store/port.js'
import type { AppEnv } from './http/config.js'
import type { StaffEnv } from './staff/staff-accounts.js'
import type { StaffWiring } from './staff/staff-wiring.js'
import { createCfStore, hasCfStore, type CfStoreEnv } from './store/cf-store.js'

export type WorkerEnv = AppEnv & Partial<CfStoreEnv> & StaffEnv & { CACHE_MB?: string; CATALOG_SYNC_MS?: string }

/** Staff publishing for a Worker entry that carries it (server/staff-worker.ts); the citizens' entry passes none. */
export type StaffFactory = (env: WorkerEnv, store: Store, engine: ShardedEngine) => StaffWiring

async function original(env: AppEnv, file: string): Promise<Response | undefined> {
  const res = await env.ASSETS?.fetch(new Request(`https://assets.local/originals/${file.split('/').map(encodeURIComponent).join('/')}`))
  return res?.ok ? res : undefined
}

/** The app over R2 (shards, originals, read texts, subject index) and D1 (catalog and its change feed, audit log). */
async function workerApp(env: WorkerEnv, staff?: StaffFactory): Promise<{ app: App; engine: ShardedEngine }> {
  if (!hasCfStore(env)) throw new Error('the BLOBS (R2) and DB (D1) bindings are missing: see wrangler.toml')
  const store = createCfStore(env)
  const syncMs = Number(env.CATALOG_SYNC_MS)
  // an isolate has 128 MB: keep the shard cache well inside it
  const engine = await createShardedEngine(store, {
    cacheBytes: Number(env.CACHE_MB ?? 40) * 1024 * 1024,
    // each isolate reads the catalog's change feed (one D1 query) at most this often: publications reach it within that
    syncMs: env.CATALOG_SYNC_MS && Number.isFinite(syncMs) && syncMs >= 0 ? syncMs : 1000,
  })
  const app = createApp({
    engine,
    env,
    fetchAsset: async (path, req) => env.ASSETS?.fetch(new Request(new URL(path, req.url), { method: req.method })),
    // source lines and originals from the store (R2); web/build.ts also copies seeds/ to the assets as
    // /originals/<file>, the fallback for a document the store has no text for (a store seeded without originals)
    readSource: async (file, doc) => (await engine.readSource(file, doc)) ?? (await original(env, file))?.text(),
    readOriginal: async (file, doc) => {
      const stored = await engine.readOriginal(file, doc)
      if (stored) return stored
      const res = await original(env, file)
      return res ? new Uint8Array(await res.arrayBuffer()) : undefined
    },
    documentVersion: engine.documentAt,
    staff: staff?.(env, store, engine),
  })
  return { app, engine }
}

/**
 * A Worker's fetch handler: the app is built on the first request of each isolate (bindings come with it), then
 * reused. When that first request is not a question (the widget's page, a health probe, a search), the isolate warms
 * up after answering it (warm-up.ts), so the citizen's first question finds the organisation index built.
 */
export function workerEntry(staff?: StaffFactory) {
  let ready: Promise<{ app: App; engine: ShardedEngine }> | undefined
  return {
    async fetch(req: Request, env: WorkerEnv, ctx: ExecutionContext) {
      const first = !ready
      const { app, engine } = await (ready ??= workerApp(env, staff).catch((e) => {
        ready = undefined // a failed start (binding missing, store unreachable) is retried by the next request
        throw e
      }))
      const res = await app.fetch(req, env, ctx)
      if (first && !/^\/api\/(?:ask|chat)\b/.test(new URL(req.url).pathname)) ctx.waitUntil(warmUp(engine).catch(() => undefined))
      return res
    },
  }
}
