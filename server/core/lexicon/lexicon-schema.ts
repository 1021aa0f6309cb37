import { z } from 'zod'
import { ColumnRole, Side, TableKind } from '../schema.js'

/** A part every disclosure splits a concept into (三公 → 因公出国(境)费, 公务用车购置及运行费, 公务接待费). */
export const LexPart = z.object({
  label: z.string(),
  aliases: z.array(z.string()),
  alone: z.boolean().optional().describe('the name is specific enough to be read in prose without the whole named beside it'),
})

/** A concept a question or a paragraph names (三公经费, 支出预算, 机关运行经费…) and where the tables print it. */
export const LexConcept = z.object({
  id: z.string(),
  label: z.string(),
  aliases: z.array(z.string()),
  weak: z.array(z.string()).optional().describe('aliases that only count when nothing more specific is named'),
  tableKinds: z.array(TableKind),
  row: z.enum(['total', 'first', 'this-year']).optional().describe('this-year: the side\'s own-year line (本年收入合计), never a total that adds the carry-overs'),
  side: Side.optional(),
  column: ColumnRole.optional(),
  prose: z.array(z.string()),
  parts: z.array(LexPart).optional(),
})
export const LexCount = z.object({
  id: z.string(), label: z.string(), aliases: z.array(z.string()), keywords: z.array(z.string()), units: z.array(z.string()),
  unstated: z.string().optional().describe('the count a document states in its place when it does not state this one (实有人数 → 实有在职人员), answered under its own label'),
})

/** The hand-curated vocabulary (data/lexicon.json), checked once when a Vocabulary is built from it. */
export const Lexicon = z.object({
  synonyms: z.array(z.array(z.string())),
  concepts: z.array(LexConcept),
  columns: z.array(z.object({ role: ColumnRole, aliases: z.array(z.string()) })),
  counts: z.array(LexCount),
  english: z.array(z.tuple([z.string(), z.string()])),
  headerTerms: z.array(z.string()).describe('column labels of the national templates, for joining header cells wrapped over lines'),
  functionClasses: z.array(z.string()).describe('the 类 of the national functional classification (the 2xx codes), as printed'),
})
export type LexConcept = z.infer<typeof LexConcept>
export type LexPart = z.infer<typeof LexPart>
export type LexCount = z.infer<typeof LexCount>
export type Lexicon = z.infer<typeof Lexicon>
