import type { Corpus } from '../schema.js'

/**
 * The documents of the published corpus that a new one would drop (by source file): each is a document whose
 * citations would stop resolving. Ingest refuses to publish such a corpus unless told to (--allow-removal).
 */
export function removedDocuments(published: Pick<Corpus, 'documents'>, next: Pick<Corpus, 'documents'>): { id: string; file: string; org: string }[] {
  const kept = new Set(next.documents.map((d) => d.file))
  const ids = new Set(next.documents.map((d) => d.id))
  return published.documents.filter((d) => !kept.has(d.file) && !ids.has(d.id)).map((d) => ({ id: d.id, file: d.file, org: d.org }))
}
