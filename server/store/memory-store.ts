import type { AuditEvent, AuditLog, BlobStore, Catalog, CatalogEntry, Store } from '../core/store/port.js'
import { byIdVersion, matchesFilter, newestPerId, type CatalogFilter } from './catalog-filter.js'

/** The port in memory, for tests and for the small bundled corpus: same semantics as the file and Workers adapters. */
export function createMemoryStore(): Store {
  return { blobs: memoryBlobs(), catalog: memoryCatalog(), audit: memoryAudit() }
}

export function memoryBlobs(): BlobStore {
  const map = new Map<string, Uint8Array>()
  return {
    get: async (key) => map.get(key)?.slice(),
    put: async (key, bytes) => void map.set(key, bytes.slice()),
    delete: async (key) => void map.delete(key),
    list: async (prefix) => [...map.keys()].filter((k) => k.startsWith(prefix)).sort(),
  }
}

export function memoryCatalog(initial: CatalogEntry[] = []): Catalog {
  const byKey = new Map<string, CatalogEntry>()
  const key = (id: string, version: number) => `${id}\u0000${version}`
  /** one key per put, in order: the change feed (its index is the cursor) */
  const log: string[] = []
  const put = (e: CatalogEntry) => {
    byKey.set(key(e.id, e.version), structuredClone(e))
    log.push(key(e.id, e.version))
  }
  initial.forEach(put)
  return {
    list: async (filter?: CatalogFilter) =>
      [...byKey.values()].filter((e) => matchesFilter(e, filter)).sort(byIdVersion).map((e) => structuredClone(e)),
    get: async (id, version) => {
      if (version !== undefined) return structuredClone(byKey.get(key(id, version)))
      const found = newestPerId([...byKey.values()].filter((e) => e.id === id))
      return structuredClone(found[0])
    },
    versions: async (id) => [...byKey.values()].filter((e) => e.id === id).sort(byIdVersion).map((e) => structuredClone(e)),
    put: async (entry) => put(entry),
    changes: async (since, limit = 500) => {
      const from = Math.max(0, Math.min(since, log.length))
      const to = Math.min(log.length, from + limit)
      return { cursor: to, entries: currentOf(log.slice(from, to), (k) => byKey.get(k)), more: to < log.length }
    },
    cursor: async () => log.length,
  }
}

/** The changed entries of a stretch of the feed, each once (at its last change), in their current state. */
export function currentOf(keys: string[], lookup: (key: string) => CatalogEntry | undefined): CatalogEntry[] {
  const last = new Map<string, number>()
  keys.forEach((k, i) => last.set(k, i))
  return [...last.keys()].sort((a, b) => last.get(a)! - last.get(b)!).flatMap((k) => {
    const e = lookup(k)
    return e ? [structuredClone(e)] : []
  })
}

export function memoryAudit(): AuditLog {
  const events: AuditEvent[] = []
  return {
    append: async (event) => void events.push({ ...event }),
    list: async (options) => selectEvents(events, options),
  }
}

/** Oldest first, from `since` (inclusive), at most `limit` (the most recent ones when limited). */
export function selectEvents(events: AuditEvent[], options?: { since?: string; limit?: number }): AuditEvent[] {
  const since = options?.since
  const selected = since ? events.filter((e) => e.at >= since) : events.slice()
  return options?.limit !== undefined ? selected.slice(Math.max(0, selected.length - options.limit)) : selected
}
