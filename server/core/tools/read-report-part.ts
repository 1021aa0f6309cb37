import { z } from 'zod'
import type { Corpus } from '../schema.js'
import { paragraphCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { DocIdInput, OrgInput, YearInput } from './lib/inputs.js'
import { isPlaceReport, partClauses, reportParts } from './lib/report-parts.js'
import type { QueryTool, ToolResult } from './types.js'

export const ReadReportPartInput = z.object({
  part: z.string().min(2).max(24).describe('a part of the place the report lists clause by clause: 某县, 某开发区, 某市本级'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
})
export type ReadReportPartInput = z.input<typeof ReadReportPartInput>

export interface ReportPart { docId: string; org: string; year: number; part: string; clauses: string[] }

/**
 * The clauses a place's 财政决算/财政预算 report gives one of its parts (a county, a zone, the place's 本级), as printed,
 * each cited to its paragraph: a part's figures are read only from its own clause, never from the whole place's.
 */
export function readReportPart(corpus: Corpus, input: ReadReportPartInput): ToolResult<{ parts: ReportPart[] }> {
  const parts: ReportPart[] = []
  const citations = []
  for (const doc of scopeDocs(corpus, input).filter(isPlaceReport)) {
    const part = reportParts(doc).find((p) => p === input.part) ?? input.part
    const clauses = partClauses(doc, part)
    if (!clauses.length) continue
    parts.push({ docId: doc.id, org: doc.org, year: doc.year, part, clauses: clauses.map((c) => c.text) })
    citations.push(...clauses.map((c) => paragraphCitation(doc, c.paragraph, c.text)))
  }
  if (!parts.length) return { ok: false, error: `no place report lists ${input.part} clause by clause`, citations: [] }
  return { ok: true, parts, citations }
}

export const readReportPartTool: QueryTool<typeof ReadReportPartInput, { parts: ReportPart[] }> = {
  name: 'read-report-part',
  description: 'A part of a place (某县, 某开发区, 某市本级) as its 财政决算/财政预算 report states it, clause by clause: the clauses as printed, each cited.',
  inputSchema: ReadReportPartInput,
  run: (ctx, input) => readReportPart(ctx.corpus, input),
}
