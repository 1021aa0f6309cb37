import type { CatalogEntry } from '../store/port.js'

/** The highest published version of each id among these entries. */
export function newestPublished<E extends Pick<CatalogEntry, 'id' | 'version' | 'status'>>(list: E[]): Map<string, E> {
  const out = new Map<string, E>()
  for (const e of list) {
    if (e.status !== 'published') continue
    const cur = out.get(e.id)
    if (!cur || cur.version < e.version) out.set(e.id, e)
  }
  return out
}

/** The order the engine lists its documents in: by id (a view of a few documents sorts their ids, never looks them up in the catalog). */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The published entries in the order the engine lists its documents (by id): what citizens' questions read. */
export const inIdOrder = <E extends Pick<CatalogEntry, 'id'>>(entries: Iterable<E>): E[] => [...entries].sort((a, b) => compareIds(a.id, b.id))
