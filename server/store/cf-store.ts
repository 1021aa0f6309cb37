import type { AuditEvent, AuditLog, BlobStore, Catalog, CatalogEntry, Store } from '../core/store/port.js'
import { byIdVersion, matchesFilter, type CatalogFilter } from './catalog-filter.js'

/**
 * The port on Cloudflare: blobs (originals, shards, subject index) in R2, the catalog and the audit log in D1.
 * Bindings (wrangler.toml): BLOBS (R2 bucket), DB (D1 database). Tables are created on first use, so a new
 * database needs no migration step. R2 puts are atomic per object; D1 statements are atomic.
 * The binding types are the structural subset used here (no dependency on @cloudflare/workers-types).
 */
export interface R2BucketLike {
  get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> } | null>
  put(key: string, value: Uint8Array | ArrayBuffer | string): Promise<unknown>
  delete(key: string): Promise<void>
  list(options: { prefix?: string; cursor?: string; limit?: number }): Promise<{ objects: { key: string }[]; truncated: boolean; cursor?: string }>
}

export interface D1Like {
  prepare(sql: string): D1StatementLike
  batch(statements: D1StatementLike[]): Promise<unknown>
}
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>
  first<T = Record<string, unknown>>(): Promise<T | null>
  run(): Promise<unknown>
}

export interface CfStoreEnv {
  BLOBS: R2BucketLike
  DB: D1Like
}

export const hasCfStore = <E extends Partial<CfStoreEnv>>(env: E): env is E & CfStoreEnv => !!env.BLOBS && !!env.DB

export function createCfStore(env: CfStoreEnv): Store {
  // the schema is made on the first write (or a read that finds a table missing), not on every isolate's start: D1
  // runs one query at a time, so a cold isolate's first reads would queue behind five CREATE … IF NOT EXISTS
  let made: Promise<void> | undefined
  const ready: Ready = () => (made ??= ensureSchema(env.DB).catch((e) => {
    made = undefined // tried again by the next write
    throw e
  }))
  return { blobs: r2Blobs(env.BLOBS), catalog: d1Catalog(env.DB, ready), audit: d1Audit(env.DB, ready) }
}

/** Makes the tables (once per isolate, when first needed). */
export type Ready = () => Promise<void>

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS catalog (id TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, org TEXT NOT NULL, year INTEGER NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (id, version))`,
  `CREATE INDEX IF NOT EXISTS catalog_status ON catalog (status, org, year)`,
  // the change feed: one row per catalog write (its seq is the cursor isolates follow publications by)
  `CREATE TABLE IF NOT EXISTS catalog_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, version INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, event TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS audit_at ON audit (at)`,
]

async function ensureSchema(db: D1Like): Promise<void> {
  await db.batch(SCHEMA.map((s) => db.prepare(s)))
}

export function r2Blobs(bucket: R2BucketLike): BlobStore {
  return {
    async get(key) {
      const obj = await bucket.get(key)
      return obj ? new Uint8Array(await obj.arrayBuffer()) : undefined
    },
    // decoded by the runtime, not copied into the isolate first (the catalog snapshot: ~100 ms less of a cold isolate at 10,000 documents)
    async getText(key) {
      const obj = await bucket.get(key)
      return obj ? obj.text() : undefined
    },
    put: async (key, bytes) => void (await bucket.put(key, bytes)),
    delete: (key) => bucket.delete(key),
    async list(prefix) {
      const keys: string[] = []
      let cursor: string | undefined
      do {
        const page = await bucket.list({ prefix, cursor, limit: 1000 })
        keys.push(...page.objects.map((o) => o.key))
        cursor = page.truncated ? page.cursor : undefined
      } while (cursor)
      return keys.sort()
    },
  }
}

/**
 * A read that does not make the schema: tables exist in every database but a new one, so a cold isolate's first
 * reads cost one round trip each, not two; only when a table is missing is the schema made and the read retried.
 */
async function withTables<T>(ready: Ready, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (e) {
    if (!/no such table/i.test(String((e as Error)?.message ?? e))) throw e
    await ready()
    return read()
  }
}

export function d1Catalog(db: D1Like, ready: Ready): Catalog {
  const parse = (rows: { entry: string }[]) => rows.map((r) => JSON.parse(r.entry) as CatalogEntry)
  return {
    list: (filter?: CatalogFilter) => withTables(ready, async () => {
      const statuses = filter?.status ?? ['published']
      const { results } = await db
        .prepare(`SELECT entry FROM catalog WHERE status IN (${statuses.map(() => '?').join(',')})${filter?.year !== undefined ? ' AND year = ?' : ''} ORDER BY id, version`)
        .bind(...statuses, ...(filter?.year !== undefined ? [filter.year] : []))
        .all<{ entry: string }>()
      // org may match an alias: filtered here, on the same rule as every adapter
      return parse(results).filter((e) => matchesFilter(e, filter)).sort(byIdVersion)
    }),
    get: (id, version) => withTables(ready, async () => {
      const row = version !== undefined
        ? await db.prepare('SELECT entry FROM catalog WHERE id = ? AND version = ?').bind(id, version).first<{ entry: string }>()
        : await db.prepare('SELECT entry FROM catalog WHERE id = ? ORDER BY version DESC LIMIT 1').bind(id).first<{ entry: string }>()
      return row ? (JSON.parse(row.entry) as CatalogEntry) : undefined
    }),
    async versions(id) {
      await ready()
      const { results } = await db.prepare('SELECT entry FROM catalog WHERE id = ? ORDER BY version').bind(id).all<{ entry: string }>()
      return parse(results)
    },
    async put(e) {
      await ready()
      // one batch is one transaction: the entry and its change are written together
      await db.batch([
        db.prepare('INSERT OR REPLACE INTO catalog (id, version, status, org, year, entry) VALUES (?, ?, ?, ?, ?, ?)').bind(e.id, e.version, e.status, e.org, e.year, JSON.stringify(e)),
        db.prepare('INSERT INTO catalog_changes (id, version) VALUES (?, ?)').bind(e.id, e.version),
      ])
    },
    changes: (since, limit = 500) => withTables(ready, async () => {
      const { results } = await db
        .prepare('SELECT ch.seq AS seq, ch.id AS id, ch.version AS version, c.entry AS entry FROM catalog_changes ch JOIN catalog c ON c.id = ch.id AND c.version = ch.version WHERE ch.seq > ? ORDER BY ch.seq LIMIT ?')
        .bind(since, limit + 1)
        .all<{ seq: number; id: string; version: number; entry: string }>()
      const page = results.slice(0, limit)
      const last = new Map<string, string>()
      for (const r of page) {
        last.delete(`${r.id}\u0000${r.version}`)
        last.set(`${r.id}\u0000${r.version}`, r.entry)
      }
      return { cursor: page.length ? page[page.length - 1].seq : since, entries: [...last.values()].map((x) => JSON.parse(x) as CatalogEntry), more: results.length > limit }
    }),
    cursor: () => withTables(ready, async () => (await db.prepare('SELECT MAX(seq) AS seq FROM catalog_changes').first<{ seq: number | null }>())?.seq ?? 0),
  }
}

export function d1Audit(db: D1Like, ready: Ready): AuditLog {
  return {
    async append(event: AuditEvent) {
      await ready()
      await db.prepare('INSERT INTO audit (at, event) VALUES (?, ?)').bind(event.at, JSON.stringify(event)).run()
    },
    async list(options) {
      await ready()
      const since = options?.since ?? ''
      const { results } = options?.limit !== undefined
        ? await db.prepare('SELECT event FROM (SELECT seq, event FROM audit WHERE at >= ? ORDER BY seq DESC LIMIT ?) ORDER BY seq').bind(since, options.limit).all<{ event: string }>()
        : await db.prepare('SELECT event FROM audit WHERE at >= ? ORDER BY seq').bind(since).all<{ event: string }>()
      return results.map((r) => JSON.parse(r.event) as AuditEvent)
    },
  }
}
