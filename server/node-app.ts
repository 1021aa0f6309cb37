import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, type App } from './app.js'
import { createShardedEngine } from './core/corpus/sharded-engine.js'
import { createEngine } from './core/engine.js'
import { Corpus } from './core/schema.js'
import type { AppEnv } from './http/config.js'
import { assetsFromDir, sourcesFromDir } from './node-files.js'
import { createFsStore } from './store/fs-store.js'

export const projectRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * The socket's address; behind one reverse proxy (TRUST_PROXY=1) the last X-Forwarded-For entry, the address the
 * proxy saw. Earlier entries are whatever the client sent: trusting them would let anyone pick their own rate-limit key.
 */
const clientIp = (trustProxy: boolean) => (c: Context) => {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined
  return forwarded || getConnInfo(c).remote.address || 'unknown'
}

/** 127.0.0.0/8 and ::1: the machine's own clients (a health probe, an evaluation run, the load test). */
export const isLoopback = (ip: string) => /^(?:127\.|::1$|::ffff:127\.)/.test(ip)

/** The app on Node: data/corpus.json (checked against the schema) and data/search-index.json loaded once from disk. */
export function createNodeApp(env: AppEnv & { TRUST_PROXY?: string; RATE_LIMIT_LOOPBACK?: string }): { app: App; corpus: Corpus } {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(projectRoot, 'data', file), 'utf8'))
  const corpus = Corpus.parse(readJson('corpus.json'))
  const app = createApp({
    engine: createEngine(corpus, readJson('search-index.json')),
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    readSource: sourcesFromDir(join(projectRoot, 'seeds')),
    clientIp: clientIp(env.TRUST_PROXY === '1'),
    // loopback clients are the operator's own; RATE_LIMIT_LOOPBACK=1 limits them too (a proxy on the same host without TRUST_PROXY)
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLoopback,
  })
  return { app, corpus }
}

/**
 * The app on Node over a store directory (`npm run ingest:store`): the catalog in memory, document shards read on
 * demand into a bounded cache (CACHE_MB, default 128). STORE_DIR selects this path in server/node.ts.
 */
export async function createNodeStoreApp(
  env: AppEnv & { TRUST_PROXY?: string; RATE_LIMIT_LOOPBACK?: string; CACHE_MB?: string },
  dir: string,
): Promise<{ app: App; documents: number }> {
  const engine = await createShardedEngine(createFsStore(dir), { cacheBytes: Number(env.CACHE_MB ?? 128) * 1024 * 1024 })
  const app = createApp({
    engine,
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    readSource: engine.readSource,
    clientIp: clientIp(env.TRUST_PROXY === '1'),
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLoopback,
  })
  return { app, documents: engine.stats().documents }
}
