import type { BudgetDocument, Corpus } from '../../schema.js'
import { docsOfOrg, docsOfYear, latestPerOrg } from './org-scope.js'

/** Documents a tool call is about: docId, else organisation (fuzzy) and year; with no year the latest per organisation. */
export function scopeDocs(corpus: Corpus, input: { docId?: string; org?: string; year?: number }, latest = true): BudgetDocument[] {
  if (input.docId) return corpus.documents.filter((d) => d.id === input.docId)
  const { docs } = docsOfYear(docsOfOrg(corpus, input.org).docs, input.year)
  return input.year === undefined && latest ? latestPerOrg(docs) : docs
}
