import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, type App } from './app.js'
import { createEngine } from './core/engine.js'
import { Corpus } from './core/schema.js'
import { isLoopbackAddress } from './http/client-key.js'
import { readConfig, type AppEnv } from './http/config.js'
import { assetsFromDir, sourcesFromDir } from './node-files.js'

export const projectRoot = fileURLToPath(new URL('..', import.meta.url))

/** The socket's peer address (undefined outside a real Node server, e.g. under app.request in tests). */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}

/**
 * The client's address. Behind `hops` reverse proxies (TRUST_PROXY=N) it is the N-th X-Forwarded-For entry from
 * the right: the one the outermost trusted proxy saw. Entries left of it are whatever the client wrote: trusting
 * them would let anyone pick their own rate-limit key. Fewer entries than hops: the socket (the request skipped a proxy).
 */
export const clientIp = (hops: number) => (c: Context) => {
  if (hops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    if (chain.length >= hops) return chain[chain.length - hops]
  }
  return socketAddress(c) ?? 'unknown'
}

/**
 * The machine's own clients (a health probe, an evaluation run, the load test): the socket is loopback, judged by
 * value, and, behind a proxy, the request was not forwarded (a proxy on this host is loopback for everyone it serves).
 */
export const isLocalClient = (hops: number) => (c: Context) => {
  const a = socketAddress(c)
  return !!a && isLoopbackAddress(a) && (hops === 0 || c.req.header('x-forwarded-for') === undefined)
}

/** The app on Node: data/corpus.json (checked against the schema) and data/search-index.json loaded once from disk. */
export function createNodeApp(env: AppEnv & { RATE_LIMIT_LOOPBACK?: string }): { app: App; corpus: Corpus } {
  const hops = readConfig(env).trustProxyHops
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(projectRoot, 'data', file), 'utf8'))
  const corpus = Corpus.parse(readJson('corpus.json'))
  const app = createApp({
    engine: createEngine(corpus, readJson('search-index.json')),
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    readSource: sourcesFromDir(join(projectRoot, 'seeds')),
    clientIp: clientIp(hops),
    // loopback clients are the operator's own; RATE_LIMIT_LOOPBACK=1 limits them too (a proxy on the same host without TRUST_PROXY)
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLocalClient(hops),
  })
  return { app, corpus }
}
