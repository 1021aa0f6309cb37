import { z } from 'zod'
import raw from '../../../../data/lexicon.json'
import { ColumnRole, Side, TableKind } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** A part every disclosure splits a concept into (三公 → 因公出国(境)费, 公务用车购置及运行费, 公务接待费). */
const LexPart = z.object({
  label: z.string(),
  aliases: z.array(z.string()),
  alone: z.boolean().optional().describe('the name is specific enough to be read in prose without the whole named beside it'),
})

/** The hand-curated vocabulary (data/lexicon.json), checked once at load. */
const LexConcept = z.object({
  id: z.string(),
  label: z.string(),
  aliases: z.array(z.string()),
  weak: z.array(z.string()).optional().describe('aliases that only count when nothing more specific is named'),
  tableKinds: z.array(TableKind),
  row: z.enum(['total', 'first']).optional(),
  side: Side.optional(),
  column: ColumnRole.optional(),
  prose: z.array(z.string()),
  parts: z.array(LexPart).optional(),
})
const LexCount = z.object({ id: z.string(), label: z.string(), aliases: z.array(z.string()), keywords: z.array(z.string()), units: z.array(z.string()) })
const Lexicon = z.object({
  synonyms: z.array(z.array(z.string())),
  concepts: z.array(LexConcept),
  columns: z.array(z.object({ role: ColumnRole, aliases: z.array(z.string()) })),
  counts: z.array(LexCount),
  english: z.array(z.tuple([z.string(), z.string()])),
})
export type LexConcept = z.infer<typeof LexConcept>
export type LexPart = z.infer<typeof LexPart>
export type LexCount = z.infer<typeof LexCount>

export const lexicon = Lexicon.parse(raw)

/** Synonym groups keyed by each compact member: 公务用车运行费 → [公务用车运行维护费, …]. */
const synonymMap = new Map<string, string[]>()
for (const group of lexicon.synonyms) {
  const compact = group.map(compactText)
  for (const g of compact) synonymMap.set(g, compact)
}

export function synonymsOf(term: string): string[] {
  return synonymMap.get(compactText(term)) ?? []
}
