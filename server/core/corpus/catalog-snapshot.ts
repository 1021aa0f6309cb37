import type { BlobStore, CatalogEntry } from '../store/port.js'
import { aliasFormsOf, aliasTable, aliasTableFingerprint, type AliasEntry, type AliasForms } from '../tools/lib/org-alias.js'
import { orgPartsOf, type StoredOrgParts } from '../tools/lib/org-match.js'
import { mentionFormsOf, type StoredMentions } from '../tools/lib/mention-forms.js'
import { inIdOrder, newestPublished } from './published-order.js'
import { readBlobJson } from '../store/read-blob-text.js'

/**
 * The published catalog as one bulk ingest left it, written with the subject index generation (issue 13: a process or
 * an isolate opens a city's catalog with two blob reads instead of listing thousands of entries). The change feed is
 * followed from `cursor` afterwards, so publications made since the generation are applied as usual. It is split by
 * when it is read, so that an isolate's open decodes, parses and keeps only what serving reads:
 *
 *   subjects/g<gen>/catalog.json  { cursor, entries, orgParts, orgAliases, orgMentions }: the published entries with
 *                                 the fields serving reads (SERVED: no table lists, no ingest bookkeeping), the parts
 *                                 of every organisation's name (city, district, type) read once here (org-match.ts),
 *                                 the table of forms naming one organisation that every question's organisation scan
 *                                 reads (aliasTable of the published documents), and every name's mention form
 *   subjects/g<gen>/forms.json    { orgForms }: the forms of every organisation's name (org-alias.ts), read only when
 *                                 the alias table must be made again (a catalog changed since the generation)
 *   subjects/g<gen>/tables.json   { [id]: tables }: the table lists, read only when the documents are listed
 *
 * At 10,000 documents catalog.json was 12.0 MB with the forms and the bookkeeping, 7.8 MB without. A snapshot written
 * before this split (its forms inside catalog.json, entries whole) still opens.
 */
export interface CatalogSnapshot {
  cursor: number
  /** entries as published, `tables` left empty: fill them with `fillTables` before listing or counting tables */
  entries: ServedEntry[]
  /** the organisations' name forms as ingest derived them (primeAliasForms takes them when the rules still agree): read when first asked */
  orgForms: () => Promise<AliasForms | undefined>
  /** the parts of the organisations' names (city, district, type) as ingest read them (primeOrgParts, likewise) */
  orgParts?: StoredOrgParts
  /** aliasTable of the published entries in id order, with the fingerprint of the rules that made it (snapshotAliases) */
  orgAliases?: StoredAliasTable
  /** every organisation name's mention form (mention-forms.ts: primeMentionForms takes them when the rules still agree) */
  orgMentions?: StoredMentions
}

/**
 * The entry fields serving reads (the stub documents, shard and original keys, lists and counts, the change feed's
 * comparison of versions): an ingest's bookkeeping (parsedSha, parser, writtenBy, updatedBy) and the aliases a store's
 * own filter matches stay in the catalog itself.
 */
const SERVED = ['id', 'version', 'status', 'org', 'region', 'city', 'year', 'scope', 'format', 'file', 'sha256', 'shard', 'original', 'title', 'unit', 'paragraphs', 'lineCount', 'metadataNeeded', 'speaksFor', 'alsoNamed', 'stageFromWords', 'yearFromDate', 'period', 'updatedAt'] as const

export interface StoredAliasTable { fingerprint: string; table: AliasEntry[] }

type Lean = Pick<CatalogEntry, (typeof SERVED)[number]>
/** A catalog entry as the serving engine holds it (read from a snapshot, or whole from the change feed). */
export type ServedEntry = Lean & Pick<CatalogEntry, 'tables'>
type TablesById = Record<string, CatalogEntry['tables']>

const enc = new TextEncoder()
/** The snapshot's files under a generation's base key. */
export const SNAPSHOT_FILES = ['catalog.json', 'tables.json', 'forms.json'] as const
const catalogKey = (base: string) => `${base}/${SNAPSHOT_FILES[0]}`
const tablesKey = (base: string) => `${base}/${SNAPSHOT_FILES[1]}`
const formsKey = (base: string) => `${base}/${SNAPSHOT_FILES[2]}`

/** The SERVED fields of an entry, in the entry's own key order. */
function served(e: CatalogEntry): Lean {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(e)) if ((SERVED as readonly string[]).includes(k)) out[k] = e[k as keyof CatalogEntry]
  return out as Lean
}

/** Write the snapshot of `entries` (published, read after `cursor`) under a generation's base key. */
export async function writeCatalogSnapshot(blobs: BlobStore, base: string, cursor: number, entries: CatalogEntry[]): Promise<void> {
  const tables: TablesById = Object.fromEntries(entries.map((e) => [`${e.id}@${e.version}`, e.tables]))
  await blobs.put(tablesKey(base), enc.encode(JSON.stringify(tables)))
  await blobs.put(formsKey(base), enc.encode(JSON.stringify({ orgForms: aliasFormsOf(entries) })))
  const published = inIdOrder(newestPublished(entries).values()).map((e) => ({ org: e.org, region: e.region, ...(e.alsoNamed ? { alsoNamed: e.alsoNamed } : {}) }))
  const orgAliases: StoredAliasTable = { fingerprint: aliasTableFingerprint(), table: aliasTable(published) }
  await blobs.put(catalogKey(base), enc.encode(JSON.stringify({ cursor, entries: entries.map(served), orgParts: orgPartsOf(entries), orgAliases, orgMentions: mentionFormsOf(entries.map((e) => e.org)) })))
}

/** The snapshot of a generation, or undefined for a generation written before snapshots (list the catalog then). */
export async function readCatalogSnapshot(blobs: BlobStore, base: string): Promise<CatalogSnapshot | undefined> {
  const s = base ? await readBlobJson<Omit<CatalogSnapshot, 'entries' | 'orgForms'> & { entries: Lean[]; orgForms?: AliasForms }>(blobs, catalogKey(base)) : undefined
  if (!s) return undefined
  const entries = s.entries.map((e) => {
    const entry = e as ServedEntry
    entry.tables = []
    lean.set(entry, base)
    return entry
  })
  // a snapshot written before the split holds its forms inline
  let forms: Promise<AliasForms | undefined> | undefined = s.orgForms && Promise.resolve(s.orgForms)
  const orgForms = () => (forms ??= readBlobJson<{ orgForms: AliasForms }>(blobs, formsKey(base)).then((f) => f?.orgForms))
  return { cursor: s.cursor, entries, orgForms, orgParts: s.orgParts, orgAliases: s.orgAliases, orgMentions: s.orgMentions }
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
const lean = new WeakMap<ServedEntry, string>()

/** Fill the table lists of snapshot entries among `entries` (one blob read per generation; entries are patched in place). */
export async function fillTables(blobs: BlobStore, entries: ServedEntry[]): Promise<void> {
  const bases = new Map<string, ServedEntry[]>()
  for (const e of entries) {
    const base = lean.get(e)
    if (base === undefined) continue
    const list = bases.get(base)
    if (list) list.push(e)
    else bases.set(base, [e])
  }
  for (const [base, todo] of bases) {
    const tables: TablesById = (await readBlobJson<TablesById>(blobs, tablesKey(base))) ?? {}
    for (const e of todo) {
      e.tables = tables[`${e.id}@${e.version}`] ?? []
      lean.delete(e)
    }
  }
}
