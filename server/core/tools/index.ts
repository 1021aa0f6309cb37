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
import { searchTextTool } from './search-text.js'
import type { QueryTool } from './types.js'

export { computeTool, defineTermTool, explainFigureTool, findProseFigureTool, findRowsTool, getFigureTool, listDocumentsTool }
export { findCompositionTool, findProjectBudgetTool, performanceTargetsTool, rankFiguresTool, searchTextTool }
export type { QueryTool, ToolContext, ToolResult } from './types.js'

/** Every query tool, for the offline planner and the language-model path alike. */
export const queryTools: QueryTool[] = [
  listDocumentsTool,
  findRowsTool,
  getFigureTool,
  computeTool,
  rankFiguresTool,
  searchTextTool,
  findProseFigureTool,
  explainFigureTool,
  defineTermTool,
  performanceTargetsTool,
  findCompositionTool,
  findProjectBudgetTool,
  getUnitFigureTool,
]
