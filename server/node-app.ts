import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, type App } from './app.js'
import { createShardedEngine } from './core/corpus/sharded-engine.js'
import { createEngine } from './core/engine.js'
import { Corpus } from './core/schema.js'
import { isLoopbackAddress } from './http/client-key.js'
import { readConfig, type AppEnv } from './http/config.js'
import { assetsFromDir, originalsFromDir, sourcesFromDir } from './node-files.js'
import { liveEngine, type LiveEngine } from './staff/live-engine.js'
import type { StaffEnv } from './staff/staff-accounts.js'
import { createStaffWiring, type StaffWiring } from './staff/staff-wiring.js'
import { workerParse } from './staff/worker-parse.js'
import { orgIndex } from './core/tools/lib/org-scope.js'
import { createFsStore } from './store/fs-store.js'
import { createMemoryStore } from './store/memory-store.js'

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
export function createNodeApp(env: AppEnv & StaffEnv & { RATE_LIMIT_LOOPBACK?: string }): { app: App; corpus: Corpus; ready: Promise<void> } {
  const hops = readConfig(env).trustProxyHops
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(projectRoot, 'data', file), 'utf8'))
  const corpus = Corpus.parse(readJson('corpus.json'))
  const live = liveEngine(createEngine(corpus, readJson('search-index.json')))
  const staff = staffFromEnv(env, live, corpus)
  const originals = originalsFromDir(join(projectRoot, 'seeds'))
  const seeds = sourcesFromDir(join(projectRoot, 'seeds'), join(projectRoot, 'data', 'text'))
  const app = createApp({
    engine: live,
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    // an uploaded document's lines are the text its reader made; a seed's are its file (or the lines read from its PDF)
    readSource: async (file, doc) => (staff && doc?.version ? await staff.desk.sourceText(doc.id, doc.version) : undefined) ?? seeds(file),
    readOriginal: async (file, doc) => (staff && doc?.version ? (await staff.desk.original(doc.id, doc.version))?.bytes : undefined) ?? originals(file),
    dataUpdated: statSync(join(projectRoot, 'data', 'corpus.json')).mtime.toISOString(),
    documentVersion: staff?.desk.documentVersion,
    staff,
    clientIp: clientIp(hops),
    // loopback clients are the operator's own; RATE_LIMIT_LOOPBACK=1 limits them too (a proxy on the same host without TRUST_PROXY)
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLocalClient(hops),
  })
  return { app, corpus, ready: staff ? startStaff(staff) : Promise.resolve() }
}

/**
 * Staff publishing, when STAFF_USERS or STAFF_TOKENS names someone. The store is in memory until the data-directory
 * adapter of the storage port (server/store) is wired here: drafts and publications then survive a restart.
 */
function staffFromEnv(env: StaffEnv, live: LiveEngine, corpus: Corpus): StaffWiring | undefined {
  if (!env.STAFF_USERS?.trim() && !env.STAFF_TOKENS?.trim()) return undefined
  const timeoutMs = Number(env.STAFF_PARSE_TIMEOUT_MS) > 0 ? Number(env.STAFF_PARSE_TIMEOUT_MS) : 30_000
  return createStaffWiring({ env, store: createMemoryStore(), live, base: corpus.documents, parse: workerParse({ timeoutMs, maxHeapMb: 512 }) })
}

/** Citizens' engine from the published catalog, when the store already holds publications. */
async function startStaff(staff: StaffWiring): Promise<void> {
  if ((await staff.desk.list()).some((e) => e.shard)) await staff.refresh()
}

/**
 * The app on Node over a store directory (`npm run ingest:store`): the catalog in memory, document shards read on
 * demand into a bounded cache (CACHE_MB, default 128). STORE_DIR selects this path in server/node.ts.
 */
export async function createNodeStoreApp(
  env: AppEnv & { RATE_LIMIT_LOOPBACK?: string; CACHE_MB?: string },
  dir: string,
): Promise<{ app: App; documents: number; ready: Promise<void> }> {
  const hops = readConfig(env).trustProxyHops
  const engine = await createShardedEngine(createFsStore(dir), { cacheBytes: Number(env.CACHE_MB ?? 128) * 1024 * 1024 })
  // the catalog's organisation index before the first citizen asks (seconds over 10,000 documents on a busy machine)
  orgIndex(engine.corpus)
  const app = createApp({
    engine,
    env,
    fetchAsset: assetsFromDir(join(projectRoot, 'web', 'dist')),
    readSource: engine.readSource,
    readOriginal: engine.readOriginal,
    clientIp: clientIp(hops),
    rateLimitExempt: env.RATE_LIMIT_LOOPBACK === '1' ? undefined : isLocalClient(hops),
  })
  return { app, documents: engine.stats().documents, ready: Promise.resolve() }
}
