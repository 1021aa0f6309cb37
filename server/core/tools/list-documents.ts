import { z } from 'zod'
import type { Corpus } from '../schema.js'
import { yearsHeld } from './lib/corpus-view.js'
import { OrgInput, YearInput } from './lib/inputs.js'
import { docsOfOrg } from './lib/org-scope.js'
import type { QueryTool, ToolResult } from './types.js'
import { paragraphCitation } from './lib/citation.js'
import { compactText } from '../search/normalize-text.js'

export const ListDocumentsInput = z.object({ org: OrgInput.optional(), year: YearInput.optional() })
export type ListDocumentsInput = z.infer<typeof ListDocumentsInput>

export interface DocumentSummary {
  docId: string
  org: string
  region?: string
  year: number
  yearsHeld: number[]
  scope: string
  unit?: string
  tables: { tableId: string; number?: string; title: string; kind: string; unit?: string; noData: boolean; rows: number }[]
}

/** The documents held (optionally one organisation's or one year's), with their tables. */
export function listDocuments(corpus: Corpus, input: ListDocumentsInput): ToolResult<{ documents: DocumentSummary[]; unknownOrg?: string }> {
  const scope = docsOfOrg(corpus, input.org)
  // the unknown name is not echoed back: a result must never carry text the caller planted
  if (scope.unknown !== undefined) return { ok: false, error: 'no organisation of that name is held; call list-documents without org to see them', citations: [] }
  const docs = scope.docs.filter((d) => input.year === undefined || yearsHeld(d).includes(input.year))
  const documents = docs.map((d) => ({
    docId: d.id, org: d.org, region: d.region, year: d.year, yearsHeld: yearsHeld(d), scope: d.scope, unit: d.unit,
    tables: d.tables
      .filter((t) => t.kind !== 'catalog')
      .map((t) => ({ tableId: t.id, number: t.number, title: t.title, kind: t.kind, unit: t.unit, noData: t.noData, rows: t.rows.length })),
  }))
  // each document's own title line, where its text prints it: what a listed document is cited by
  const citations = docs.flatMap((d) => {
    const title = compactText(d.title ?? '')
    const p = title.length >= 4 ? d.paragraphs.find((x) => x.lines[0] <= TITLE_LINES && compactText(x.text).includes(title)) : undefined
    return p ? [paragraphCitation(d, p)] : []
  })
  return { ok: true, documents, unknownOrg: scope.unknown, citations }
}

/** How far down its text a document's title line is looked for. */
const TITLE_LINES = 30

export const listDocumentsTool: QueryTool<typeof ListDocumentsInput, { documents: DocumentSummary[]; unknownOrg?: string }> = {
  name: 'list-documents',
  description: 'List the budget documents held: organisation, year (and prior years held), scope, money unit and tables.',
  inputSchema: ListDocumentsInput,
  run: (ctx, input) => listDocuments(ctx.corpus, input),
}
