/** The Cloudflare Workers entry: the same app, with the corpus and index from the bundle and pages from the assets binding. */
import type { ExecutionContext } from 'hono'
import { createApp, type App } from './app.js'
import { createEngine } from './core/engine.js'
import type { Corpus } from './core/schema.js'
import type { AppEnv } from './http/config.js'
import { corpusJson, searchIndexJson } from './worker-data.js'

let app: App | undefined

/** Built on the first request of each isolate (bindings arrive with the request), then reused. */
function appFor(env: AppEnv): App {
  return (app ??= createApp({
    // validated against the Corpus schema by `npm run ingest`; re-parsing would only add cold-start time
    engine: createEngine(corpusJson as Corpus, searchIndexJson),
    env,
    fetchAsset: async (path, req) => env.ASSETS?.fetch(new Request(new URL(path, req.url), { method: req.method })),
    // web/build.ts copies seeds/ to the assets as /originals/<file>: source lines and downloads come from there
    readSource: async (file) => (await original(env, file))?.text(),
    readOriginal: async (file) => {
      const res = await original(env, file)
      return res ? new Uint8Array(await res.arrayBuffer()) : undefined
    },
  }))
}

async function original(env: AppEnv, file: string): Promise<Response | undefined> {
  const res = await env.ASSETS?.fetch(new Request(`https://assets.local/originals/${file.split('/').map(encodeURIComponent).join('/')}`))
  return res?.ok ? res : undefined
}

export default {
  fetch: (req: Request, env: AppEnv, ctx: ExecutionContext) => appFor(env).fetch(req, env, ctx),
}
