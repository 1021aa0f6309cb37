import { tool, type ToolSet } from 'ai'
import type { Citation } from '../core/schema.js'
import type { QueryTool, ToolContext, ToolResult } from '../core/tools/types.js'
import type { EnginePort } from '../http/types.js'
import { factsOfResult, type Fact } from './tool-facts.js'

/** One tool execution of the turn, kept for grounding and citations. */
export interface ToolRun {
  toolName: string
  input: unknown
  ok: boolean
  /** The result exactly as the model saw it (serialized). */
  resultText: string
  citations: Citation[]
  /** the values the result states with meaning (for grounding) */
  facts: Fact[]
}

/** One result, and all results of one turn: what the model reads back is bounded (prompt budget). */
const MAX_RESULT_CHARS = 8_000
const MAX_TURN_RESULT_CHARS = 32_000

/** The engine's tool context; tools search through the engine's loaded index. */
export function toolContextOf(engine: EnginePort): ToolContext {
  return { corpus: engine.answerable ?? engine.corpus, vocabulary: engine.vocabulary, index: { search: (q, filter, limit) => engine.search(q, filter ?? {}, limit ?? 10) } }
}

/**
 * The engine's tool registry (the one the offline planner runs) as AI SDK tools. Each execution is recorded in `runs`;
 * a throwing tool becomes an `{ ok: false, error }` value the model can read.
 */
export function queryToolSet(engine: EnginePort, runs: ToolRun[], onRun?: (run: ToolRun) => void): ToolSet {
  const ctx = toolContextOf(engine)
  const set: ToolSet = {}
  const tools: readonly QueryTool[] = Object.values(engine.tools)
  for (const t of tools) {
    set[t.name] = tool({
      description: t.description,
      inputSchema: t.inputSchema,
      execute: async (input: unknown) => {
        let result: ToolResult<unknown>
        try {
          result = t.run(ctx, input)
        } catch {
          result = { ok: false, error: 'tool failed', citations: [] }
        }
        let resultText = JSON.stringify(result)
        const spent = runs.reduce((n, r) => n + r.resultText.length, 0)
        if (resultText.length > MAX_RESULT_CHARS) {
          result = { ok: false, error: 'result too large: narrow the query (org, year, table)', citations: [] }
          resultText = JSON.stringify(result)
        } else if (spent + resultText.length > MAX_TURN_RESULT_CHARS) {
          result = { ok: false, error: 'this turn has read enough: answer from the results so far', citations: [] }
          resultText = JSON.stringify(result)
        }
        const run: ToolRun = { toolName: t.name, input, ok: result.ok === true, resultText, citations: result.ok ? result.citations ?? [] : [], facts: factsOfResult(t.name, result, input) }
        runs.push(run)
        onRun?.(run)
        return result
      },
    })
  }
  return set
}
