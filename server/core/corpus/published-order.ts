import type { CatalogEntry } from '../store/port.js'

/** The highest published version of each id among these entries. */
export function newestPublished(list: CatalogEntry[]): Map<string, CatalogEntry> {
  const out = new Map<string, CatalogEntry>()
  for (const e of list) {
    if (e.status !== 'published') continue
    const cur = out.get(e.id)
    if (!cur || cur.version < e.version) out.set(e.id, e)
  }
  return out
}

/** The published entries in the order the engine lists its documents (by id): what citizens' questions read. */
export const inIdOrder = (entries: Iterable<CatalogEntry>): CatalogEntry[] => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
