import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, type App } from './app.js'
import { createShardedEngine, type ShardedEngine } from './core/corpus/sharded-engine.js'
import { createEngine } from './core/engine.js'
import { Corpus } from './core/schema.js'
import { answerTurns } from './http/answer-turns.js'
import { isLoopbackAddress } from './http/client-key.js'
import { readConfig, type AppEnv } from './http/config.js'
import { assetsFromDir, originalsFromDir, sourcesFromDir } from './node-files.js'
import { rebuildSubjectIndex, type CorpusImportResult } from './core/corpus/ingest-to-store.js'
import type { ParseUpload } from './core/publish/parse-upload.js'
import { importBuiltCorpus } from './node-store.js'
import type { StaffEnv } from './staff/staff-accounts.js'
import { createStaffWiring, staffConfigured } from './staff/staff-wiring.js'
import { workerParse } from './staff/worker-parse.js'
import { warmUp } from './core/corpus/warm-up.js'
import { usePlanThreadClock } from './core/planner/plan-budget.js'
import { threadCpuMs } from './node-thread-cpu.js'

// the planner's CPU backstop counts this thread's own time, never the collector's or the compiler's threads'
usePlanThreadClock(threadCpuMs)
import { createFsStore } from './store/fs-store.js'

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
export function createNodeApp(env: AppEnv & { RATE_LIMIT_LOOPBACK?: string }): { app: App; corpus: Corpus; ready: Promise<void> } {
  const hops = readConfig(env).trustProxyHops
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(projectRoot, 'data', file), 'utf8'))
  const corpus = Corpus.parse(readJson('corpus.json'))
  const seeds = sourcesFromDir(join(projectRoot, 'seeds'), join(projectRoot, 'data', 'text'))
  const app = createApp({
    engine: createEngine(corpus, readJson('search-index.json')),
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    readSource: async (file) => seeds(file),
    readOriginal: originalsFromDir(join(projectRoot, 'seeds')),
    dataUpdated: statSync(join(projectRoot, 'data', 'corpus.json')).mtime.toISOString(),
    clientIp: clientIp(hops),
    // loopback clients are the operator's own; RATE_LIMIT_LOOPBACK=1 limits them too (a proxy on the same host without TRUST_PROXY)
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLocalClient(hops),
    answerTurn: answerTurns(),
  })
  return { app, corpus, ready: Promise.resolve() }
}

export type NodeStoreEnv = AppEnv & StaffEnv & { RATE_LIMIT_LOOPBACK?: string; CACHE_MB?: string; CATALOG_SYNC_MS?: string }

/**
 * The app on Node over a store directory: the catalog in memory, document shards read on demand into a bounded
 * cache (CACHE_MB, default 128). With staff accounts configured (STAFF_USERS / STAFF_TOKENS), staff upload and
 * publish into the same directory: drafts, versions and the audit log survive a restart, and a publication is
 * answerable on the next request. `importBuilt` first brings the corpus `npm run ingest` built into the store.
 */
export async function createNodeStoreApp(
  env: NodeStoreEnv,
  dir: string,
  opts: { importBuilt?: boolean; parse?: ParseUpload } = {},
): Promise<{ app: App; documents: number; ready: Promise<void>; imported?: CorpusImportResult; engine: ShardedEngine }> {
  const hops = readConfig(env).trustProxyHops
  const store = createFsStore(dir)
  const imported = opts.importBuilt ? await importBuiltCorpus(store, projectRoot) : undefined
  const syncMs = Number(env.CATALOG_SYNC_MS)
  const engine = await createShardedEngine(store, { cacheBytes: Number(env.CACHE_MB ?? 128) * 1024 * 1024, syncMs: Number.isFinite(syncMs) && syncMs >= 0 && env.CATALOG_SYNC_MS ? syncMs : 1000 })
  // many publications since the last bulk ingest: fold them into a new subject index generation
  if (engine.pendingSubjects() > 50) {
    await rebuildSubjectIndex(store)
    await engine.refresh()
  }
  const timeoutMs = Number(env.STAFF_PARSE_TIMEOUT_MS) > 0 ? Number(env.STAFF_PARSE_TIMEOUT_MS) : 30_000
  const staff = staffConfigured(env)
    ? createStaffWiring({ env, store, engine, parse: opts.parse ?? workerParse({ timeoutMs, maxHeapMb: 512 }) })
    : undefined
  const app = createApp({
    engine,
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    readSource: engine.readSource,
    readOriginal: engine.readOriginal,
    documentVersion: engine.documentAt,
    staff,
    clientIp: clientIp(hops),
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLocalClient(hops),
    answerTurn: answerTurns(),
  })
  // the catalog's organisation index and a first answer before the first citizen asks (warm-up.ts)
  const ready = warmUp(engine).then(() => undefined)
  return { app, documents: (await engine.stats()).documents, ready, imported, engine }
}
