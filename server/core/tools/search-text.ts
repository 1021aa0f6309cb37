import { z } from 'zod'
import type { Corpus } from '../schema.js'
import type { SearchIndex } from '../search/search-index.js'
import { tokenizeZh } from '../search/zh-tokenizer.js'
import { paragraphCitation } from './lib/citation.js'
import { proseMayHold } from './lib/prose-may-hold.js'
import { viewOf } from './lib/corpus-view.js'
import { scopeDocs } from './lib/doc-scope.js'
import { DocIdInput, LimitInput, OrgInput, YearInput } from './lib/inputs.js'
import { sentencesOf } from './lib/prose.js'
import type { QueryTool, ToolResult } from './types.js'

export const SearchTextInput = z.object({
  query: z.string().min(1).max(200).describe('words to find in the documents’ prose, e.g. "项目支出 主要原因", "编制", "车辆"'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
  mustContain: z.array(z.string()).max(5).optional().describe('keep only sentences containing all of these, e.g. ["主要原因"]'),
  limit: LimitInput(5),
})
export type SearchTextInput = z.input<typeof SearchTextInput>

/** `text` is the paragraph as read (Simplified); `printed`, only where it differs, as the page prints it (to quote from). */
export interface TextHit { paragraphId: string; docId: string; org: string; year: number; score: number; sentences: string[]; text: string; printed?: string }

/** Full-text search (lunr, Chinese-segmented) over the documents' paragraphs; returns the best sentences of each. */
export function searchText(corpus: Corpus, index: SearchIndex, input: SearchTextInput): ToolResult<{ hits: TextHit[] }> {
  const docs = scopeDocs(corpus, input, false)
  const must = input.mustContain ?? []
  // no paragraph in scope holds every word a sentence must: nothing can be found, and the index is not queried (the
  // planner checks a subject's "无…" and "占…%" sentences in every document it reads, mostly where there are none)
  if (must.length && !docs.some((d) => proseMayHold(d, ...must))) return { ok: true, hits: [], citations: [] }
  const docIds = new Set(docs.map((d) => d.id))
  const terms = tokenizeZh(input.query).filter((t) => t.length >= 2)
  const view = viewOf(corpus)
  const hits: TextHit[] = []
  // scoped to fewer documents than the corpus holds: only theirs are scored (a corpus-wide index ranks every document's paragraphs otherwise)
  const scope = docs.length < corpus.documents.length ? { docIds: [...docIds] } : {}
  for (const h of index.search(input.query, { kind: 'paragraph', year: input.year, ...scope }, 200)) {
    if (!docIds.has(h.docId)) continue
    const ref = view.paragraphById.get(h.ref)
    if (!ref) continue
    const sentences = sentencesOf(ref.paragraph.text)
      .map((s) => s.text.trim())
      .filter((s) => must.every((m) => s.includes(m)))
      .map((s) => ({ s, n: terms.filter((t) => s.includes(t)).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, 2)
      .map((x) => x.s)
    if (!sentences.length) continue
    const printed = ref.paragraph.printed
    hits.push({ paragraphId: h.ref, docId: h.docId, org: h.org, year: h.year, score: h.score, sentences, text: ref.paragraph.text, ...(printed && printed !== ref.paragraph.text ? { printed } : {}) })
    if (hits.length >= (input.limit ?? 5)) break
  }
  const citations = hits.map((h) => {
    const ref = view.paragraphById.get(h.paragraphId)!
    return paragraphCitation(ref.doc, ref.paragraph, h.sentences[0])
  })
  return { ok: true, hits, citations }
}

export const searchTextTool: QueryTool<typeof SearchTextInput, { hits: TextHit[] }> = {
  name: 'search-text',
  description: 'Full-text search over the documents’ prose (reasons 主要原因, definitions 名词解释, staffing, vehicles, prose-only documents). Returns matching sentences with paragraph citations.',
  inputSchema: SearchTextInput,
  run: (ctx, input) => searchText(ctx.corpus, ctx.index, input),
}
