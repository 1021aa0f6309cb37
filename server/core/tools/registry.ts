import type { z } from 'zod'
import { computeTool } from './compute.js'
import { defineTermTool } from './define-term.js'
import { explainFigureTool } from './explain-figure.js'
import { findCompositionTool } from './find-composition.js'
import { findProjectBudgetTool } from './find-project-budget.js'
import { findProseFigureTool } from './find-prose-figure.js'
import { findRowsTool } from './find-rows.js'
import { getFigureTool } from './get-figure.js'
import { getUnitFigureTool } from './get-unit-figure.js'
import { listDocumentsTool } from './list-documents.js'
import { performanceTargetsTool } from './performance-targets.js'
import { rankFiguresTool } from './rank-figures.js'
import { readReportPartTool } from './read-report-part.js'
import { searchTextTool } from './search-text.js'
import { statedPartsTool } from './stated-parts.js'
import type { QueryTool, ToolResult } from './types.js'

/**
 * Every query tool by its name, as the AI SDK's ToolSet: `runner.run('get-figure', input)` is typed by that tool's own
 * input schema and result, so an unknown name or a wrong input is a compile error and no call site asserts a result type.
 * Each key is the tool's `name` (test/core/tools/registry.test.ts).
 */
export const toolRegistry = {
  'list-documents': listDocumentsTool,
  'find-rows': findRowsTool,
  'get-figure': getFigureTool,
  compute: computeTool,
  'rank-figures': rankFiguresTool,
  'search-text': searchTextTool,
  'find-prose-figure': findProseFigureTool,
  'explain-figure': explainFigureTool,
  'define-term': defineTermTool,
  'performance-targets': performanceTargetsTool,
  'find-composition': findCompositionTool,
  'find-project-budget': findProjectBudgetTool,
  'get-unit-figure': getUnitFigureTool,
  'read-report-part': readReportPartTool,
  'stated-parts': statedPartsTool,
} as const

export type ToolRegistry = typeof toolRegistry
export type ToolName = keyof ToolRegistry
/** What a caller may pass: the input schema's input type (defaults still optional). */
export type ToolInput<N extends ToolName> = ToolRegistry[N] extends QueryTool<infer S, unknown> ? z.input<S> : never
/** What the tool returns when it succeeds, besides `ok` and `citations`. */
export type ToolOutput<N extends ToolName> = ToolRegistry[N] extends QueryTool<z.ZodType, infer T> ? T : never
export type ToolResultOf<N extends ToolName> = ToolResult<ToolOutput<N>>

/** The registry as a list, in registration order (the model's tool list). */
export const queryTools: QueryTool[] = Object.values(toolRegistry)
