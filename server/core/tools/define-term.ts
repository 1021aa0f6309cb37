import { z } from 'zod'
import type { BudgetDocument, Corpus, Paragraph } from '../schema.js'
import { compactText, normalizeText } from '../search/normalize-text.js'
import { paragraphCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { nameFit } from './lib/name-match.js'
import { DocIdInput, OrgInput } from './lib/inputs.js'
import type { QueryTool, ToolResult } from './types.js'

export const DefineTermInput = z.object({
  term: z.string().min(1).max(40).describe('the term to define, e.g. 项目支出, 三公经费, 财政拨款收入'),
  org: OrgInput.optional(),
  docId: DocIdInput.optional(),
})
export type DefineTermInput = z.input<typeof DefineTermInput>

export interface Definition { term: string; text: string; docId: string; org: string }

/** "（四）项目支出：指…" / "项目支出是指…": a term and its definition in a paragraph. */
const DEFINITION = /^(?:[(（]?[一二三四五六七八九十\d]+[)）.、]\s*)?([^:：，。；]{2,24}?)\s*(?:[:：]\s*(?:是)?指|是指)/u

interface Defined { term: string; doc: BudgetDocument; p: Paragraph; text: string }
const cache = new WeakMap<Corpus, Defined[]>()

function definitions(corpus: Corpus): Defined[] {
  let v = cache.get(corpus)
  if (!v) {
    v = []
    for (const doc of corpus.documents) {
      for (const p of doc.paragraphs) {
        const t = normalizeText(p.text)
        const m = DEFINITION.exec(t)
        if (m) v.push({ term: compactText(m[1]), doc, p, text: t.slice(t.indexOf(m[1])).trim() })
      }
    }
    cache.set(corpus, v)
  }
  return v
}

/** The documents' own definition of a term (专业性名词解释), deduplicated across documents. */
export function defineTerm(corpus: Corpus, input: DefineTermInput): ToolResult<{ definitions: Definition[] }> {
  const docs = new Set(scopeDocs(corpus, input, false))
  const scored = definitions(corpus)
    .filter((d) => docs.has(d.doc))
    .map((d) => ({ d, fit: nameFit(input.term, d.term) }))
    .filter((x) => x.fit >= 0.85)
    .sort((a, b) => b.fit - a.fit || b.d.doc.year - a.d.doc.year)
  if (!scored.length) return { ok: false, error: `no definition of ${input.term}`, citations: [] }
  const top = scored[0].fit
  const seen = new Set<string>()
  const picked = scored.filter((x) => x.fit === top && !seen.has(x.d.text) && seen.add(x.d.text))
  return {
    ok: true,
    definitions: picked.map(({ d }) => ({ term: d.term, text: d.text, docId: d.doc.id, org: d.doc.org })),
    citations: picked.map(({ d }) => paragraphCitation(d.doc, d.p, d.text)),
  }
}

export const defineTermTool: QueryTool<typeof DefineTermInput, { definitions: Definition[] }> = {
  name: 'define-term',
  description: 'Look up how the documents define a term (专业性名词解释: 基本支出, 项目支出, 三公经费, 财政拨款收入…).',
  inputSchema: DefineTermInput,
  run: (ctx, input) => defineTerm(ctx.corpus, input),
}
