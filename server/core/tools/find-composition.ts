import { z } from 'zod'
import type { Corpus } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { paragraphCitation } from './lib/citation.js'
import { compositionHeading, compositionParagraphs, separateBudget, unitStatements } from './lib/composition.js'
import { scopeDocs } from './lib/doc-scope.js'
import { DocIdInput, OrgInput, YearInput } from './lib/inputs.js'
import type { QueryTool, ToolResult } from './types.js'

export const FindCompositionInput = z.object({
  unit: z.string().max(60).optional().describe('a subordinate unit asked about, e.g. "中小企业服务中心"; omit for the whole statement'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
})
export type FindCompositionInput = z.input<typeof FindCompositionInput>

export interface CompositionHit {
  docId: string
  org: string
  year: number
  /** 部门预算, 单位预算, 部门决算… as the document calls itself */
  scope: string
  /** the sentences as printed, in order */
  text: string
  /** about the unit asked: false when its budget is not drawn up on its own (不单列, 并入, 纳入…统一编报) */
  separate?: boolean
}

/** The units a department's budget covers (机构设置 / 单位构成), or what it says of one unit, quoted with citations. */
export function findComposition(corpus: Corpus, input: FindCompositionInput): ToolResult<{ hits: CompositionHit[] }> {
  // a unit asked of no organisation is looked for in every document, by its name exactly as asked
  const everywhere = !!input.unit && !input.docId && !input.org
  const docs = everywhere ? corpus.documents : scopeDocs(corpus, input)
  const hits: CompositionHit[] = []
  const citations = []
  for (const doc of docs) {
    if (input.unit) {
      // the department itself is no unit of its own statement ("县市场监督管理局" of 柘川县市场监督管理局)
      if (compactText(doc.org).includes(compactText(input.unit))) continue
      const said = unitStatements(doc, input.unit, everywhere)
      if (!said.length) continue
      const separate = said.map((s) => separateBudget(s.sentence)).find((v) => v !== undefined)
      const cs = said.map((s) => paragraphCitation(doc, s.paragraph, s.sentence))
      citations.push(...cs)
      hits.push({ docId: doc.id, org: doc.org, year: doc.year, scope: doc.scope, text: cs.map((c) => c.text).join(''), ...(separate !== undefined ? { separate } : {}) })
      continue
    }
    const ps = compositionParagraphs(doc)
    if (!ps.length) continue
    const cs = ps.map((p) => paragraphCitation(doc, p))
    const heading = compositionHeading(doc)
    citations.push(...(heading ? [paragraphCitation(doc, heading)] : []), ...cs)
    hits.push({ docId: doc.id, org: doc.org, year: doc.year, scope: doc.scope, text: cs.map((c) => c.text).join('') })
  }
  if (!hits.length) return { ok: false, error: input.unit ? `no statement names ${input.unit}` : 'no statement of the units covered', citations: [] }
  return { ok: true, hits, citations }
}

export const findCompositionTool: QueryTool<typeof FindCompositionInput, { hits: CompositionHit[] }> = {
  name: 'find-composition',
  description:
    'The units a department’s budget covers as its 机构设置/单位构成 section states them (本部, 下属单位, which are 不单列/并入), or what it says of one named unit (e.g. whether it has its own budget). Quotes the sentences with paragraph citations.',
  inputSchema: FindCompositionInput,
  run: (ctx, input) => findComposition(ctx.corpus, input),
}
