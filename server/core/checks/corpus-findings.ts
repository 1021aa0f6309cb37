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
  if (!c.paragraphId) return f.citations.some((x) => sameSource(x, c)) || sameSubjectElsewhere(f, c)
  return !!c.value && f.citations.some((x) => x.paragraphId === c.paragraphId) && f.figures.some((x) => x.text === c.value)
}

/**
 * Where a finding may rest (restsOn): the rows and paragraphs its citations name, and for a figure of the text
 * (sameSubjectElsewhere) any row cited. A stored shard indexes its findings by these, so a citation's note parses
 * only the findings that may rest on it.
 */
export function restingPlaces(f: Finding): { ids: string[]; anyRow: boolean } {
  const ids = new Set<string>()
  for (const x of f.citations) {
    if (x.paragraphId) ids.add(x.paragraphId)
    else if (x.rowId) ids.add(x.rowId)
  }
  return { ids: [...ids], anyRow: f.kind === 'prose-table' }
}

/** The places a citation's resting findings are indexed under (restingPlaces): its paragraph, else its row. */
export const citedPlace = (c: Citation): { id?: string; row: boolean } => (c.paragraphId ? { id: c.paragraphId, row: false } : { id: c.rowId, row: true })

const bare = (s: string) => s.replace(/[\s“”"‘’()（）]/g, '')

/**
 * The text's figure contradicts a subject the document prints in several tables (公务用车运行维护费 in the
 * basic-spending table and the 三公 table): a cited cell of another table holding the same amount under the name
 * the text used rests on the same contradiction.
 */
function sameSubjectElsewhere(f: Finding, c: Citation): boolean {
  if (f.kind !== 'prose-table' || !c.rowName || !c.value || c.docId !== f.docId) return false
  const table = f.citations.find((x) => x.kind === 'row' && x.value === c.value)
  const name = bare(c.rowName)
  return !!table && name.length >= 2 && f.figures.some((x) => !x.computed && bare(x.label.replace(/^正文：/, '')) === name)
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
