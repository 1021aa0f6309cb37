/**
 * The Cloudflare Workers entry: the same app over the corpus in R2 (shards, originals, subject index) and D1
 * (catalog, audit log), read on demand; pages from the assets binding. The bundle holds code only.
 */
import type { ExecutionContext } from 'hono'
import { createApp, type App } from './app.js'
import { createShardedEngine, type ShardedEngine } from './core/corpus/sharded-engine.js'
import type { AppEnv } from './http/config.js'
import { createCfStore, hasCfStore, type CfStoreEnv } from './store/cf-store.js'

export type WorkerEnv = AppEnv & Partial<CfStoreEnv> & { CACHE_MB?: string }

let ready: Promise<{ app: App; engine: ShardedEngine }> | undefined

/** Built on the first request of each isolate (bindings arrive with the request): the catalog is read once, then reused. */
async function appFor(env: WorkerEnv) {
  if (!hasCfStore(env)) throw new Error('the BLOBS (R2) and DB (D1) bindings are missing: see wrangler.toml')
  // an isolate has 128 MB: keep the shard cache well inside it
  const engine = await createShardedEngine(createCfStore(env), { cacheBytes: Number(env.CACHE_MB ?? 40) * 1024 * 1024 })
  const app = createApp({
    engine,
    env,
    fetchAsset: async (path, req) => env.ASSETS?.fetch(new Request(new URL(path, req.url), { method: req.method })),
    // source lines and originals from the store (R2); web/build.ts also copies seeds/ to the assets as
    // /originals/<file>, the fallback for a document the store has no text for (PDF lines, a store seeded without originals)
    readSource: async (file) => (await engine.readSource(file)) ?? (await original(env, file))?.text(),
    readOriginal: async (file) => {
      const stored = await engine.readOriginal(file)
      if (stored) return stored
      const res = await original(env, file)
      return res ? new Uint8Array(await res.arrayBuffer()) : undefined
    },
  })
  return { app, engine }
}

async function original(env: AppEnv, file: string): Promise<Response | undefined> {
  const res = await env.ASSETS?.fetch(new Request(`https://assets.local/originals/${file.split('/').map(encodeURIComponent).join('/')}`))
  return res?.ok ? res : undefined
}

export default {
  async fetch(req: Request, env: WorkerEnv, ctx: ExecutionContext) {
    const { app } = await (ready ??= appFor(env).catch((e) => {
      ready = undefined // a failed start (binding missing, store unreachable) is retried by the next request
      throw e
    }))
    return app.fetch(req, env, ctx)
  },
}
