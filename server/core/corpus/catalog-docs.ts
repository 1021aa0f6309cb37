import type { BudgetDocument } from '../schema.js'
import type { CatalogEntry, DocumentStatus } from '../store/port.js'
import { mentionText } from '../tools/lib/org-mention.js'
import { shardKey, originalKey } from './shard.js'
import type { ServedEntry } from './catalog-snapshot.js'

/**
 * Names people use for an organisation, normalised once at ingest: the name, without 原, without its city, and the name
 * as published with the province that qualifies it (新疆疆岚县水利局).
 */
export function aliasesOf(org: string, province?: string): string[] {
  const bare = org.replace(/^原/, '')
  const noCity = bare.replace(/^\p{Script=Han}{2,7}?省?\p{Script=Han}{2,5}?市(?=\p{Script=Han}{2,})/u, '')
  const printed = province ? province + bare : ''
  return [...new Set([bare, noCity, printed].map(mentionText).filter((a) => a && a !== mentionText(org)))]
}

/** The catalog entry of one parsed document version. */
export function entryFor(doc: BudgetDocument, o: { version: number; sha256: string; status?: DocumentStatus; now: string; actor?: string; paragraphs?: number }): CatalogEntry {
  return {
    id: doc.id, version: o.version, status: o.status ?? 'published', org: doc.org, aliases: aliasesOf(doc.org, doc.province),
    region: doc.region, city: doc.city, year: doc.year, scope: doc.scope, format: doc.format ?? 'text', file: doc.file, sha256: o.sha256,
    shard: shardKey(doc.id, o.version), original: originalKey(doc.id, o.version),
    tables: doc.tables.map((t) => ({ id: t.id, kind: t.kind, title: t.title, rows: t.rows.length, number: t.number, unit: t.unit, year: t.year, noData: t.noData })),
    title: doc.title, unit: doc.unit, paragraphs: doc.paragraphs.length, lineCount: doc.lineCount,
    ...(doc.metadataNeeded?.length ? { metadataNeeded: doc.metadataNeeded } : {}),
    ...(doc.speaksFor?.length ? { speaksFor: doc.speaksFor } : {}),
    ...(doc.alsoNamed?.length ? { alsoNamed: doc.alsoNamed } : {}),
    ...(doc.stageFromWords ? { stageFromWords: true } : {}),
    ...(doc.yearFromDate ? { yearFromDate: doc.yearFromDate } : {}),
    ...(doc.period ? { period: doc.period } : {}),
    updatedAt: o.now, updatedBy: o.actor ?? 'ingest',
  }
}

/**
 * A document as the catalog knows it, with no tables or paragraphs: enough for the planner to resolve
 * organisations and years over the whole corpus before any shard is read.
 */
export function stubDocument(e: ServedEntry): BudgetDocument {
  return {
    id: e.id, file: e.file, title: e.title ?? e.org, org: e.org, region: e.region, city: e.city, year: e.year, scope: e.scope,
    unit: e.unit as BudgetDocument['unit'], format: e.format, version: e.version, sha256: e.sha256,
    lineCount: e.lineCount ?? 0, sections: [], paragraphs: [], tables: [], unparsed: [],
    ...(e.speaksFor?.length ? { speaksFor: e.speaksFor } : {}),
    ...(e.alsoNamed?.length ? { alsoNamed: e.alsoNamed } : {}),
    ...(e.stageFromWords ? { stageFromWords: true } : {}),
    ...(e.yearFromDate ? { yearFromDate: e.yearFromDate } : {}),
    ...(e.period ? { period: e.period } : {}),
  }
}

/** What GET /api/docs lists, from the catalog alone (the same shape as docSummary of a loaded document). */
export function entrySummary(e: ServedEntry) {
  return {
    id: e.id, org: e.org, region: e.region, city: e.city, year: e.year, scope: e.scope, title: e.title ?? e.org, unit: e.unit,
    format: e.format ?? 'text', version: e.version,
    tables: e.tables.map((t) => ({ id: t.id, number: t.number, title: t.title, kind: t.kind, unit: t.unit, year: t.year, rows: t.rows, noData: t.noData })),
    paragraphs: e.paragraphs ?? 0,
  }
}
