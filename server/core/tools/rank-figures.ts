import { z } from 'zod'
import { stageOf, type BudgetDocument, type Corpus } from '../schema.js'
import type { Figure } from './lib/figure.js'
import { CodeInput, ColumnInput, ColumnLabelInput, NameInput, OrgInput, YearInput } from './lib/inputs.js'
import { docsOfOrg, docsOfYear, latestPerOrg } from './lib/org-scope.js'
import { resolveInProse } from './lib/resolve-prose.js'
import { finalOverPlanned } from './lib/final-over-planned.js'
import { resolveInTables } from './lib/resolve-figure.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'

export const RankFiguresInput = z.object({
  name: NameInput.optional(),
  code: CodeInput.optional(),
  column: ColumnInput.optional(),
  columnLabel: ColumnLabelInput.optional(),
  orgs: z.array(OrgInput).max(20).optional().describe('organisations to compare; omit for every organisation held'),
  years: z.array(YearInput).max(10).optional().describe('years to compare; omit for each organisation’s latest year'),
  pairs: z.array(z.object({ org: OrgInput, year: YearInput })).max(20).optional()
    .describe('each organisation in its own year ("A 2025年… 和 B 2024年…"); instead of orgs × years'),
  order: z.enum(['desc', 'asc']).default('desc').describe('desc: largest first'),
  includeProse: z.boolean().default(true).describe('use figures stated in prose where a document has no table row for the concept'),
  asWritten: z.string().max(40).optional().describe('the question\'s own words for the concept (一般公共预算收入), read first where a document states it only in prose'),
  grand: z.boolean().optional().describe('the grand total asked (收入总计, 收支总计): each 收支总表\'s 总计 line, carry-overs included, not its 本年…合计'),
})
export type RankFiguresInput = z.input<typeof RankFiguresInput>

export interface RankFiguresOutput {
  ranking: { rank: number; figure: Figure }[]
  missing: { docId: string; org: string; year: number }[]
  unit: string
}

function targets(corpus: Corpus, input: RankFiguresInput): { doc: BudgetDocument; year?: number }[] {
  if (input.pairs?.length) return input.pairs.flatMap((p) => latestPerOrg(docsOfYear(docsOfOrg(corpus, p.org).docs, p.year).docs).map((doc) => ({ doc, year: p.year })))
  const groups = input.orgs?.length ? input.orgs.map((o) => docsOfOrg(corpus, o).docs) : [corpus.documents]
  const out: { doc: BudgetDocument; year?: number }[] = []
  for (const g of groups) {
    if (!input.years?.length) for (const doc of latestPerOrg(g)) out.push({ doc })
    else for (const y of input.years) for (const doc of latestPerOrg(docsOfYear(g, y).docs)) out.push({ doc, year: y })
  }
  return out.filter((t, i) => out.findIndex((u) => u.doc === t.doc && u.year === t.year) === i)
}

/** One concept across organisations or years, ranked; money compared in yuan (20,390,000元 = 2,039万元). */
export function rankFigures(corpus: Corpus, input: RankFiguresInput, v: Vocabulary): ToolResult<RankFiguresOutput> {
  if (!input.name && !input.code) return { ok: false, error: 'give a name or code', citations: [] }
  const found: Figure[] = []
  const missing: RankFiguresOutput['missing'] = []
  for (const { doc, year } of targets(corpus, input)) {
    const asked = resolveInTables(v, doc, { name: input.name, code: input.code, column: input.column, columnLabel: input.columnLabel, year, ...(input.grand ? { grand: true } : {}) })
    // (a 预算's own figures are its 年初预算: "2024年预算和2025年预算" of a budget printing 2024年预算数 | 2025年预算数)
    const r = !asked.figure && input.column === 'initial' && stageOf(doc.scope) === '预算' ? resolveInTables(v, doc, { name: input.name, code: input.code, columnLabel: input.columnLabel, year, ...(input.grand ? { grand: true } : {}) }) : asked
    const prose = !r.figure && input.includeProse !== false && input.name && (year === undefined || year === doc.year) && !input.column
    // (the question's own words first: a report in prose states both sides of a fund, 一般公共预算收入 and …支出)
    // (a 决算's prose states the plan first: its own figure is the 决算 of that item, as find-prose-figure reads it)
    const f = r.figure ?? (prose ? (input.asWritten ? resolveInProse(v, doc, input.asWritten, 'money', [], undefined, true) : undefined) ?? finalOverPlanned(v, doc, input.name!, resolveInProse(v, doc, input.name!)) : undefined)
    if (f) found.push(f)
    else missing.push({ docId: doc.id, org: doc.org, year: year ?? doc.year })
  }
  const key = (f: Figure) => f.yuan ?? Number(f.amount.value)
  const sign = input.order === 'asc' ? 1 : -1
  found.sort((a, b) => sign * (key(a) - key(b)))
  const ranking = found.map((figure, i) => ({ rank: i + 1, figure }))
  return { ok: true, ranking, missing, unit: found.every((f) => f.fen !== undefined) ? '元' : found[0]?.amount.unit ?? '', citations: found.map((f) => f.citation) }
}

export const rankFiguresTool: QueryTool<typeof RankFiguresInput, RankFiguresOutput> = {
  name: 'rank-figures',
  description: 'Compare or rank one concept (subject name or code, column) across organisations or years; money is normalised to yuan so 元 and 万元 documents compare.',
  inputSchema: RankFiguresInput,
  run: (ctx, input) => rankFigures(ctx.corpus, input, vocabularyIn(ctx)),
}
