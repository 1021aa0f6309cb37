import type { Citation, ToolCallRecord } from '../schema.js'
import { toolRegistry, type ToolInput, type ToolName, type ToolRegistry, type ToolResultOf } from '../tools/registry.js'
import type { QueryTool, ToolContext } from '../tools/types.js'
import { startPlanBudget, type PlanBudget } from './plan-budget.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from '../tools/context-vocabulary.js'
import type { PlaceAccount } from '../tools/lib/prose-account.js'
import type { BaselineStage } from '../tools/lib/prose.js'

const citeKey = (c: Citation) => `${c.kind}|${c.rowId ?? c.paragraphId ?? c.tableId}|${c.column ?? ''}|${c.text ?? ''}`

/**
 * Runs tools the way a language model would: by name, with arguments checked by the tool's own inputSchema.
 * The name picks the tool in the registry, which types both the input and the result (no assertion at a call site).
 * Records every call; collects only the citations the answer actually uses. Each call first spends from the
 * answer's budget (started with the runner), which throws PlanBudgetExceeded once it is gone.
 */
export class ToolRunner {
  readonly calls: ToolCallRecord[] = []
  readonly citations: Citation[] = []
  private readonly budget: PlanBudget
  /** the vocabulary of the tools' context, for the planner's own reading of names */
  readonly vocabulary: Vocabulary

  /**
   * Rule place-account: the account of a place the question names (区本级 → own, 全区 → whole), passed to every prose
   * reading of this answer that takes one, as a model passes it.
   */
  account?: PlaceAccount

  /**
   * Rule section-year: the question names the year of each document asked, so a prose reading skips the sentences
   * under a section of another year ("一、2024年预算执行情况" in a 2025 report), as a model passes it.
   */
  ownYearOnly = false

  /**
   * Rule baseline-stage: the stage of last year's figure the question compares with (比上年决算 → final, 比上年预算 →
   * budget), passed to every prose reading that takes one, as a model passes it.
   */
  baseline?: BaselineStage

  constructor(private readonly ctx: ToolContext, private readonly tools: ToolRegistry = toolRegistry) {
    this.budget = startPlanBudget(ctx.planLimits)
    this.vocabulary = vocabularyIn(ctx)
  }

  run<N extends ToolName>(toolName: N, input: ToolInput<N>): ToolResultOf<N> {
    const tool: QueryTool = this.tools[toolName]
    this.budget.spend(this.calls, toolName)
    const given = this.withAccount(tool, input) as ToolInput<N>
    const parsed = tool.inputSchema.safeParse(given)
    if (!parsed.success) {
      this.calls.push({ toolName, input: given, ok: false })
      return { ok: false, error: parsed.error.message, citations: [] }
    }
    // the registry's entry N is the tool whose result type ToolResultOf<N> names
    const result = tool.run(this.ctx, parsed.data) as ToolResultOf<N>
    this.calls.push({ toolName, input: given, ok: result.ok })
    return result
  }

  private withAccount(tool: QueryTool, input: unknown): unknown {
    const shape = (tool.inputSchema as { shape?: object }).shape
    if (!shape || !input || typeof input !== 'object') return input
    const takes = this.account && 'account' in shape && !('account' in input)
    const ownYear = this.ownYearOnly && 'ownYearOnly' in shape && !('ownYearOnly' in input)
    const stage = this.baseline && 'baseline' in shape && !('baseline' in input)
    return { ...input, ...(takes ? { account: this.account } : {}), ...(ownYear ? { ownYearOnly: true } : {}), ...(stage ? { baseline: this.baseline } : {}) }
  }

  /** the keys of the citations kept (a set: an answer citing hundreds of rows costs what it cites, not its square) */
  private readonly cited = new Set<string>()

  /**
   * Try one reading of the question: its citations are kept only when it answers (not undefined, not `notFound`), so a reading
   * given up leaves nothing cited behind it. The calls stay recorded (they were made).
   */
  attempt<T extends { notFound?: boolean }>(read: () => T | undefined): T | undefined {
    const kept = this.citations.length
    const out = read()
    if (out && !out.notFound) return out
    for (const c of this.citations.splice(kept)) this.cited.delete(citeKey(c))
    return undefined
  }

  /** Keep citations for the answer, without duplicates. */
  cite(...cs: (Citation | undefined)[]) {
    for (const c of cs) {
      if (!c) continue
      const key = citeKey(c)
      if (this.cited.has(key)) continue
      this.cited.add(key)
      this.citations.push(c)
    }
  }
}
