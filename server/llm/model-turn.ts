import { stepCountIs, streamText, type LanguageModel, type ModelMessage } from 'ai'
import type { AskRequest } from '../core/schema.js'
import type { EnginePort } from '../http/types.js'
import { queryToolSet, type ToolRun } from './query-tools.js'
import { SYSTEM_PROMPT } from './system-prompt.js'

export interface ModelTurn {
  text: string
  runs: ToolRun[]
}

export interface ModelTurnOptions {
  model: LanguageModel
  engine: EnginePort
  timeoutMs: number
  onRun?: (run: ToolRun) => void
  /** the request's signal: a client that goes away stops the model call (and its spend) */
  signal?: AbortSignal
}

export class ClientGoneError extends Error {
  constructor() {
    super('client disconnected')
  }
}

/** The model stopped for another reason than finishing its answer: cut at its length limit, filtered, out of capacity. */
export class IncompleteAnswerError extends Error {
  constructor(readonly finishReason: string, readonly raw: string | undefined) {
    super(`model answer ended by ${finishReason}${raw ? ` (${raw})` : ''}, not by stop`)
  }
}

export class ModelTimeoutError extends Error {
  constructor(ms: number) {
    super(`model did not answer within ${ms} ms`)
  }
}

/** The prompt budget: the last few messages of history, each clipped, within a total (the question is ≤ 500). */
export const PROMPT_BUDGET = { messages: 6, messageChars: 1000, historyChars: 4000 }

/**
 * History and question as model messages; the embedding site's org is stated as data, not as an instruction.
 * History is the client's word (its "assistant" turns included): only the latest part of it goes to the model.
 */
export function turnMessages(req: AskRequest): ModelMessage[] {
  const history: ModelMessage[] = []
  let left = PROMPT_BUDGET.historyChars
  for (const m of (req.history ?? []).slice(-PROMPT_BUDGET.messages).reverse()) {
    const content = m.content.slice(0, Math.min(PROMPT_BUDGET.messageChars, left))
    if (!content) break
    left -= content.length
    history.unshift({ role: m.role, content })
  }
  // a conversation sent to the model starts with a user turn
  while (history[0]?.role === 'assistant') history.shift()
  const scope = req.org ? `（提问来自“${req.org}”的网站；问题没有说明单位时，指这个单位。）\n` : ''
  return [...history, { role: 'user', content: scope + req.question }]
}

/**
 * One model turn with the query tools (at most 6 steps). Rejects on provider error or after `timeoutMs`,
 * even if the provider ignores the abort signal.
 */
export async function runModelTurn(req: AskRequest, opts: ModelTurnOptions): Promise<ModelTurn> {
  const runs: ToolRun[] = []
  const abort = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  let onGone: (() => void) | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort()
      reject(new ModelTimeoutError(opts.timeoutMs))
    }, opts.timeoutMs)
    onGone = () => {
      abort.abort()
      reject(new ClientGoneError())
    }
    if (opts.signal?.aborted) onGone()
    else opts.signal?.addEventListener('abort', onGone, { once: true })
  })
  try {
    const turn = consumeTurn(req, opts, runs, abort.signal)
    turn.catch(() => {}) // after the deadline wins, a late rejection must not go unhandled
    return await Promise.race([turn, deadline])
  } finally {
    clearTimeout(timer)
    if (onGone) opts.signal?.removeEventListener('abort', onGone)
  }
}

/** Runs the tool loop to its end; the answer is the last step's text (earlier steps' preambles are dropped). */
async function consumeTurn(req: AskRequest, opts: ModelTurnOptions, runs: ToolRun[], signal: AbortSignal): Promise<ModelTurn> {
  const result = streamText({
    model: opts.model,
    system: SYSTEM_PROMPT,
    messages: turnMessages(req),
    tools: queryToolSet(opts.engine, runs, opts.onRun),
    stopWhen: stepCountIs(6),
    temperature: 0,
    maxRetries: 0,
    abortSignal: signal,
    onError: () => {}, // surfaced below as an 'error' part; the default handler would print it
  })
  for await (const part of result.fullStream) {
    if (part.type === 'error') throw part.error instanceof Error ? part.error : new Error(String(part.error))
    if (part.type === 'abort') throw new Error('model stream aborted')
  }
  // an answer cut off (length), withheld (content_filter) or dropped (DeepSeek's insufficient_system_resource) is
  // not the model's answer, even when what did arrive states nothing false
  const finish = await result.finishReason
  if (finish !== 'stop') throw new IncompleteAnswerError(finish, await result.rawFinishReason)
  return { text: (await result.text).trim(), runs }
}
