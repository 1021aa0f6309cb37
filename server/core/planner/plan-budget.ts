import type { AskResponse, ToolCallRecord } from '../schema.js'

/**
 * What one offline answer may spend: tool calls and, among them, full-text searches of the prose (both deterministic,
 * the same on every machine), and, as a backstop for a tool that turns out slow on some corpus, milliseconds of CPU
 * from the first tool call (the calling thread's, where the adapter gives its clock). Over the 1,857 questions of realdocs and blind8–26, each served from its own set's store,
 * a question makes at most 22 calls and 8 searches (session 14); a question naming dozens of subjects and organisations
 * would make hundreds, holding the event loop every other request waits on. The CPU backstop sits far above what any
 * question of the sets costs on a loaded machine (under 50 ms warm; a process's first question also compiles the
 * code), so a busy machine never changes an answer.
 */
export interface PlanLimits {
  toolCalls: number
  /** calls of the full-text search (search-text), the costliest tool per call; PLAN_LIMITS.searches when absent */
  searches?: number
  cpuMs: number
}

export const PLAN_LIMITS: Required<PlanLimits> = { toolCalls: 32, searches: 16, cpuMs: 250 }

/** The tool whose calls the `searches` limit counts. */
export const SEARCH_TOOL = 'search-text'

/** Thrown by the tool runner when the answer's budget is spent; the calls made so far are kept for the record. */
export class PlanBudgetExceeded extends Error {
  constructor(readonly calls: ToolCallRecord[], readonly spent: 'toolCalls' | 'searches' | 'cpuMs') {
    super(`planner budget spent (${spent})`)
  }
}

/**
 * CPU time of this process where the runtime tells it (Node), else the wall clock. CPU, not wall time: on a busy
 * machine a question waiting for a core would otherwise be cut short for the machine's load. On Workers the clock
 * does not advance during computation, so there the call count is the budget.
 */
const cpuClock = (): (() => number) => {
  const usage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage
  try {
    if (typeof usage === 'function') {
      usage()
      return () => {
        const u = usage()
        return (u.user + u.system) / 1000
      }
    }
  } catch {
    // a stub that throws: fall back to the wall clock
  }
  return () => performance.now()
}
const defaultClock = cpuClock()

export interface PlanBudget {
  /**
   * Called before each tool call with the calls made so far and the name of the tool about to be called; throws
   * PlanBudgetExceeded when the budget is spent.
   */
  spend(calls: ToolCallRecord[], next?: string): void
}

/**
 * The clock starts at the first tool call: reading the question is bounded by its length (and builds the corpus's
 * vocabulary on a first question), the tool calls are what grows with the subjects and organisations it names.
 */
export function startPlanBudget(limits: PlanLimits = PLAN_LIMITS, clock: () => number = defaultClock, exact: (() => number) | undefined = exactClock): PlanBudget {
  let t0: number | undefined
  let e0: number | undefined
  return {
    spend(calls, next) {
      if (calls.length >= limits.toolCalls) throw new PlanBudgetExceeded(calls, 'toolCalls')
      if (next === SEARCH_TOOL && calls.filter((c) => c.toolName === SEARCH_TOOL).length >= (limits.searches ?? PLAN_LIMITS.searches)) throw new PlanBudgetExceeded(calls, 'searches')
      const now = clock()
      if (t0 === undefined) { t0 = now; e0 = exact?.() }
      // (the process's clock counts the collector's and the compiler's threads too: past the budget by it, the
      // calling thread's own clock, where the platform gives one, decides)
      if (now - t0 > limits.cpuMs && !(exact && e0 !== undefined && Number.isFinite(e0) && exact() - e0 <= limits.cpuMs)) throw new PlanBudgetExceeded(calls, 'cpuMs')
    },
  }
}

/**
 * The calling thread's own CPU clock (ms), given by the platform's adapter where it has one (Node on Linux reads
 * /proc/thread-self/schedstat): read once per answer, and again only when the process's clock says the budget is spent,
 * so that work on other threads (concurrent marking, background compilation) never cuts a question short.
 */
let exactClock: (() => number) | undefined
export function usePlanThreadClock(clock: (() => number) | undefined): void {
  exactClock = clock && Number.isFinite(clock()) ? clock : undefined
}

export const TOO_MUCH_ANSWER = '这个问题一次涉及的单位和项目太多，没能在限定的工作量内查完，所以不给出可能不完整的数字。请分开来问，例如一次问一个单位的一个项目。'

/** The offline answer, or, when its budget ran out, a plain "ask it in parts" with no figure and no citation. */
export function withinPlanBudget(plan: () => AskResponse): AskResponse {
  try {
    return plan()
  } catch (e) {
    if (!(e instanceof PlanBudgetExceeded)) throw e
    return { answer: TOO_MUCH_ANSWER, citations: [], toolCalls: e.calls, mode: 'offline' }
  }
}
