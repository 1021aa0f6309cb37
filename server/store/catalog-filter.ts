import type { CatalogEntry, DocumentStatus } from '../core/store/port.js'

export type CatalogFilter = { status?: DocumentStatus[]; org?: string; year?: number }

/** The port's filter: published only unless statuses are asked for; org matches the name or an alias. */
export function matchesFilter(e: CatalogEntry, filter?: CatalogFilter): boolean {
  const statuses = filter?.status ?? ['published']
  if (!statuses.includes(e.status)) return false
  if (filter?.year !== undefined && e.year !== filter.year) return false
  if (filter?.org !== undefined && e.org !== filter.org && !e.aliases.includes(filter.org)) return false
  return true
}

/** The highest version of each id, in first-seen id order. */
export function newestPerId(entries: CatalogEntry[]): CatalogEntry[] {
  const best = new Map<string, CatalogEntry>()
  for (const e of entries) {
    const prev = best.get(e.id)
    if (!prev || e.version > prev.version) best.set(e.id, e)
  }
  return [...best.values()]
}

/** Catalog listing order: by id, then version. */
export const byIdVersion = (a: CatalogEntry, b: CatalogEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version)
