import type { AuditEvent, CatalogEntry, Store } from '../core/store/port.js'

/**
 * The storage port in memory: tests, and the Node app until the data-directory adapter (server/store) is wired.
 * Nothing survives a restart.
 */
export function memoryStore(): Store {
  const blobs = new Map<string, Uint8Array>()
  const entries = new Map<string, CatalogEntry>()
  const events: AuditEvent[] = []
  return {
    blobs: {
      get: async (k) => blobs.get(k)?.slice(),
      put: async (k, b) => void blobs.set(k, b.slice()),
      delete: async (k) => void blobs.delete(k),
      list: async (prefix) => [...blobs.keys()].filter((k) => k.startsWith(prefix)).sort(),
    },
    catalog: {
      list: async (f) => [...entries.values()]
        .filter((e) => (f?.status ?? ['published']).includes(e.status) && (!f?.org || e.org === f.org) && (!f?.year || e.year === f.year))
        .map((e) => structuredClone(e)),
      get: async (id, version) => {
        const vs = [...entries.values()].filter((e) => e.id === id && (version === undefined || e.version === version))
        const e = vs.sort((a, b) => b.version - a.version)[0]
        return e && structuredClone(e)
      },
      put: async (e) => void entries.set(`${e.id}@${e.version}`, structuredClone(e)),
    },
    audit: {
      append: async (e) => void events.push({ ...e }),
      list: async (o) => events.filter((e) => !o?.since || e.at >= o.since).slice(-(o?.limit ?? 1000)),
    },
  }
}
