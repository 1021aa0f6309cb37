import { z } from 'zod'
import { Citation } from '../schema.js'

/** What a finding compares. New kinds are added here; the CLI and the API print whatever is listed. */
export const FindingKind = z.enum([
  'sum-children', // a parent row (or a total) against the sum of its children
  'total-parts', // a row's total column against its part columns (基本+项目, 人员+公用, 三公 parts)
  'income-spending', // income total against spending total
  'cross-table', // the same subject in two tables of one document
  'prose-table', // a figure stated in the text against the table's figure for that subject
  'prose-change', // a stated change against the figures it should follow from
  'prose-self', // stated parts against a stated whole
  'prose-reason', // the direction of a change against its stated reason
])
export type FindingKind = z.infer<typeof FindingKind>

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/** One figure a finding rests on: as printed (text + unit) and exact (fen); `computed` for sums we derived. */
export const FindingFigure = z.object({
  label: z.string().describe('what the figure is, e.g. "正文：公务用车运行维护费" or "表四 › 公务用车运行费"'),
  text: z.string().describe('as printed, e.g. "5.50"; for computed sums formatted in the same unit'),
  unit: z.string().describe('元 / 万元 …'),
  fen: z.number().int().describe('exact amount in fen (0.01 元)'),
  computed: z.boolean().optional().describe('a sum or difference we computed, not printed in the document'),
  inferred: z.boolean().optional().describe('the parser guessed this cell’s column (PDF-flattened table)'),
})
export type FindingFigure = z.infer<typeof FindingFigure>

export const Finding = z.object({
  id: z.string().describe('stable within a corpus: <docId>:<kind>:<first source>'),
  docId: z.string(),
  kind: FindingKind,
  severity: Severity,
  message: z.string().describe('one plain Chinese sentence a citizen understands'),
  figures: z.array(FindingFigure).min(1),
  citations: z.array(Citation).min(1).describe('both sides: the figure and what contradicts it'),
})
export type Finding = z.infer<typeof Finding>

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
