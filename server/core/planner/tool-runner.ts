import type { Citation, ToolCallRecord } from '../schema.js'
import type { QueryTool, ToolContext, ToolResult } from '../tools/types.js'
import { startPlanBudget, type PlanBudget } from './plan-budget.js'

/**
 * Runs tools the way a language model would: by name, with arguments checked by the tool's own inputSchema.
 * Records every call; collects only the citations the answer actually uses. Each call first spends from the
 * answer's budget (started with the runner), which throws PlanBudgetExceeded once it is gone.
 */
export class ToolRunner {
  readonly calls: ToolCallRecord[] = []
  readonly citations: Citation[] = []
  private readonly byName: Map<string, QueryTool>
  private readonly budget: PlanBudget

  constructor(private readonly ctx: ToolContext, tools: QueryTool[]) {
    this.byName = new Map(tools.map((t) => [t.name, t]))
    this.budget = startPlanBudget(ctx.planLimits)
  }

  run<T = Record<string, unknown>>(toolName: string, input: unknown): ToolResult<T> {
    const tool = this.byName.get(toolName)
    if (!tool) throw new Error(`unknown tool ${toolName}`)
    this.budget.spend(this.calls)
    const parsed = tool.inputSchema.safeParse(input)
    if (!parsed.success) {
      this.calls.push({ toolName, input, ok: false })
      return { ok: false, error: parsed.error.message, citations: [] }
    }
    const result = tool.run(this.ctx, parsed.data) as ToolResult<T>
    this.calls.push({ toolName, input, ok: result.ok })
    return result
  }

  /** Keep citations for the answer, without duplicates. */
  cite(...cs: (Citation | undefined)[]) {
    for (const c of cs) {
      if (!c) continue
      const key = `${c.kind}|${c.rowId ?? c.paragraphId ?? c.tableId}|${c.column ?? ''}|${c.text ?? ''}`
      if (!this.citations.some((x) => `${x.kind}|${x.rowId ?? x.paragraphId ?? x.tableId}|${x.column ?? ''}|${x.text ?? ''}` === key)) this.citations.push(c)
    }
  }
}
