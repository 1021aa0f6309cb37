import type { BlobStore, CatalogEntry } from '../store/port.js'
import { aliasFormsOf, aliasTable, aliasTableFingerprint, type AliasEntry, type AliasForms } from '../tools/lib/org-alias.js'
import { orgPartsOf, type StoredOrgParts } from '../tools/lib/org-match.js'
import { mentionFormsOf, type StoredMentions } from '../tools/lib/mention-forms.js'
import { inIdOrder, newestPublished } from './published-order.js'

/**
 * The published catalog as one bulk ingest left it, written with the subject index generation (issue 13: a process or
 * an isolate opens a city's catalog with two blob reads instead of listing thousands of entries). The change feed is
 * followed from `cursor` afterwards, so publications made since the generation are applied as usual.
 *
 *   subjects/g<gen>/catalog.json  { cursor, entries, orgForms, orgParts, orgAliases, orgMentions }: the published entries without
 *                                 their table lists (what the planner and the routes need to resolve organisations,
 *                                 years and shards), the forms and parts of every organisation's name, read once here
 *                                 (org-alias.ts, org-match.ts), and the table of forms naming one organisation that
 *                                 every question's organisation scan reads (aliasTable of the published documents)
 *   subjects/g<gen>/tables.json   { [id]: tables }: the table lists, read only when the documents are listed
 */
export interface CatalogSnapshot {
  cursor: number
  /** entries as published, `tables` left empty: fill them with `fillTables` before listing or counting tables */
  entries: CatalogEntry[]
  /** the organisations' name forms as ingest derived them (primeAliasForms takes them when the rules still agree) */
  orgForms?: AliasForms
  /** the parts of the organisations' names (city, district, type) as ingest read them (primeOrgParts, likewise) */
  orgParts?: StoredOrgParts
  /** aliasTable of the published entries in id order, with the fingerprint of the rules that made it (snapshotAliases) */
  orgAliases?: StoredAliasTable
  /** every organisation name's mention form (mention-forms.ts: primeMentionForms takes them when the rules still agree) */
  orgMentions?: StoredMentions
}

export interface StoredAliasTable { fingerprint: string; table: AliasEntry[] }

type Lean = Omit<CatalogEntry, 'tables'>
type TablesById = Record<string, CatalogEntry['tables']>

const enc = new TextEncoder()
const dec = new TextDecoder()
/** The snapshot's files under a generation's base key. */
export const SNAPSHOT_FILES = ['catalog.json', 'tables.json'] as const
const catalogKey = (base: string) => `${base}/${SNAPSHOT_FILES[0]}`
const tablesKey = (base: string) => `${base}/${SNAPSHOT_FILES[1]}`

/** Write the snapshot of `entries` (published, read after `cursor`) under a generation's base key. */
export async function writeCatalogSnapshot(blobs: BlobStore, base: string, cursor: number, entries: CatalogEntry[]): Promise<void> {
  const lean: Lean[] = entries.map(({ tables: _tables, ...e }) => e)
  const tables: TablesById = Object.fromEntries(entries.map((e) => [`${e.id}@${e.version}`, e.tables]))
  await blobs.put(tablesKey(base), enc.encode(JSON.stringify(tables)))
  const published = inIdOrder(newestPublished(entries).values()).map((e) => ({ org: e.org, region: e.region }))
  const orgAliases: StoredAliasTable = { fingerprint: aliasTableFingerprint(), table: aliasTable(published) }
  await blobs.put(catalogKey(base), enc.encode(JSON.stringify({ cursor, entries: lean, orgForms: aliasFormsOf(entries), orgParts: orgPartsOf(entries), orgAliases, orgMentions: mentionFormsOf(entries.map((e) => e.org)) })))
}

/** The snapshot of a generation, or undefined for a generation written before snapshots (list the catalog then). */
export async function readCatalogSnapshot(blobs: BlobStore, base: string): Promise<CatalogSnapshot | undefined> {
  const bytes = base ? await blobs.get(catalogKey(base)) : undefined
  if (!bytes) return undefined
  const s = JSON.parse(dec.decode(bytes)) as Omit<CatalogSnapshot, 'entries'> & { entries: Lean[] }
  const entries = s.entries.map((e) => {
    const entry = e as CatalogEntry
    entry.tables = []
    lean.set(entry, base)
    return entry
  })
  return { cursor: s.cursor, entries, orgForms: s.orgForms, orgParts: s.orgParts, orgAliases: s.orgAliases, orgMentions: s.orgMentions }
}

/**
 * The snapshot's alias table when this build's rules made the same (aliasTableFingerprint): the table of the
 * snapshot's published entries in id order, so it stands for a catalog of exactly those entries (the engine's state
 * right after reading the snapshot); a catalog changed since is tabulated again.
 */
export function snapshotAliases(s: CatalogSnapshot): AliasEntry[] | undefined {
  return s.orgAliases && s.orgAliases.fingerprint === aliasTableFingerprint() ? s.orgAliases.table : undefined
}

/**
 * The snapshot a deployment's catalog needs when a store's generation is copied into it (publish:worker): the
 * deployment's own published versions (`held`, newest per id, as its catalog lists them) with the store's entries
 * where they are the same version (they carry the table lists), the deployment's own entries (`fetched`) where not,
 * and the deployment's feed cursor. Entries the deployment does not publish are left out.
 */
export function deploymentSnapshot(storeEntries: CatalogEntry[], held: { id: string; version: number }[], fetched: CatalogEntry[]): { entries: CatalogEntry[]; missing: { id: string; version: number }[] } {
  const key = (e: { id: string; version: number }) => `${e.id}@${e.version}`
  const newest = new Map<string, number>()
  for (const h of held) newest.set(h.id, Math.max(newest.get(h.id) ?? -Infinity, h.version))
  const have = new Map([...storeEntries, ...fetched].map((e) => [key(e), e]))
  const entries: CatalogEntry[] = []
  const missing: { id: string; version: number }[] = []
  for (const [id, version] of newest) {
    const e = have.get(key({ id, version }))
    if (e) entries.push(e)
    else missing.push({ id, version })
  }
  return { entries, missing }
}

/** Entries read from a snapshot whose table lists are not filled yet, with the generation they were read from. */
const lean = new WeakMap<CatalogEntry, string>()

/** Fill the table lists of snapshot entries among `entries` (one blob read per generation; entries are patched in place). */
export async function fillTables(blobs: BlobStore, entries: CatalogEntry[]): Promise<void> {
  const bases = new Map<string, CatalogEntry[]>()
  for (const e of entries) {
    const base = lean.get(e)
    if (base === undefined) continue
    const list = bases.get(base)
    if (list) list.push(e)
    else bases.set(base, [e])
  }
  for (const [base, todo] of bases) {
    const bytes = await blobs.get(tablesKey(base))
    const tables: TablesById = bytes ? JSON.parse(dec.decode(bytes)) : {}
    for (const e of todo) {
      e.tables = tables[`${e.id}@${e.version}`] ?? []
      lean.delete(e)
    }
  }
}
