import type { Citation, Corpus } from '../schema.js'
import { checkDocument } from './check-document.js'
import type { Finding } from './finding.js'

/** The findings of a whole corpus, computed once on first use and looked up by document or by cited source. */
export interface CorpusFindings {
  forDoc(docId: string): Finding[]
  /** Findings (most severe first) that rest on the row cell or paragraph figure a citation points at. */
  forCitation(c: Citation): Finding[]
  all(): Finding[]
}

/** Same source: the same paragraph (and figure, when both name one) or the same row (and column, when both name one). */
export function sameSource(a: Citation, b: Citation): boolean {
  if (a.docId !== b.docId) return false
  if (a.paragraphId || b.paragraphId) return a.paragraphId === b.paragraphId && (!a.value || !b.value || a.value === b.value)
  if (!a.rowId || a.rowId !== b.rowId) return false
  return !a.column || !b.column || a.column === b.column
}

/**
 * A finding rests on a cited source: the same row cell, or the same paragraph where the cited figure is among the
 * finding's figures ("基本支出164.14万元" in a finding about its total). A paragraph cited without a figure (for
 * its wording) names no figure, so no finding rests on it.
 */
export function restsOn(f: Finding, c: Citation): boolean {
  if (!c.paragraphId) return f.citations.some((x) => sameSource(x, c))
  return !!c.value && f.citations.some((x) => x.paragraphId === c.paragraphId) && f.figures.some((x) => x.text === c.value)
}

export function corpusFindings(corpus: Corpus): CorpusFindings {
  let byDoc: Map<string, Finding[]> | undefined
  const load = () => (byDoc ??= new Map(corpus.documents.map((d) => [d.id, checkDocument(d)])))
  return {
    forDoc: (docId) => load().get(docId) ?? [],
    forCitation: (c) => (load().get(c.docId) ?? []).filter((f) => restsOn(f, c)),
    all: () => [...load().values()].flat(),
  }
}
