import type { z } from 'zod'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import type { Citation, Corpus } from '../schema.js'
import type { SearchIndex } from '../search/search-index.js'

/** What every tool sees: the loaded corpus, its prebuilt search index and the domain vocabulary. */
export interface ToolContext {
  corpus: Corpus
  index: SearchIndex
  /** the domain vocabulary names are read with (concepts, synonyms, column words); the default when absent (vocabularyIn) */
  vocabulary?: Vocabulary
  /** today's date, for 今年/明年/去年 (injected so tests can fix it); the system clock when absent */
  today?: () => Date
  /** the offline planner's budget per answer (server/core/planner/plan-budget.ts); PLAN_LIMITS when absent */
  planLimits?: { toolCalls: number; searches?: number; cpuMs: number }
}

/** A tool's result: its data plus the citations that back every figure in it. Expected failures are values, not throws. */
export type ToolResult<T> = ({ ok: true } & T & { citations: Citation[] }) | { ok: false; error: string; citations: Citation[] }

/**
 * One typed query tool: a pure function over the corpus with a zod input schema.
 * The offline planner and the language model both call tools through this shape.
 */
export interface QueryTool<S extends z.ZodType = z.ZodType, T = unknown> {
  name: string
  description: string
  inputSchema: S
  run(ctx: ToolContext, input: z.infer<S>): ToolResult<T>
}
