import type { LanguageModel } from 'ai'
import type { AskRequest, AskResponse, Citation } from '../core/schema.js'
import { logEvent } from '../http/log.js'
import type { EnginePort } from '../http/types.js'
import { checkGrounding, type GroundingProblem } from './grounding.js'
import type { ModelGate } from './model-gate.js'
import { ClientGoneError, runModelTurn, type ModelTurn } from './model-turn.js'
import type { ToolRun } from './query-tools.js'

export interface AnswerDeps {
  engine: EnginePort
  model: LanguageModel | undefined
  modelTimeoutMs: number
  /** concurrency and spend per minute of model turns; absent = unbounded (tests) */
  gate?: ModelGate
}

type FallbackReason = 'provider' | 'grounding' | 'no-tool-result' | 'busy'

const NOTES: Record<FallbackReason, { zh: string; en: string }> = {
  busy: { zh: '智能问答当前繁忙，以下是按表格直接查得的答案。', en: 'The language model is busy; this answer comes straight from the tables.' },
  provider: { zh: '智能问答暂时不可用，以下是按表格直接查得的答案。', en: 'The language model is unavailable; this answer comes straight from the tables.' },
  grounding: { zh: '智能问答给出的数字无法在表格中核实，已改用按表格直接查得的答案。', en: 'The model stated figures the tables do not back; this answer comes straight from the tables.' },
  'no-tool-result': { zh: '智能问答没有查到表格依据，以下是按表格直接查得的答案。', en: 'The model found no table to back its answer; this answer comes straight from the tables.' },
}

const isChinese = (s: string) => /\p{Script=Han}/u.test(s)

/** Garbage from a provider: empty, control characters, replacement characters, bidi overrides, or no words at all. */
const isPresentable = (s: string) =>
  /[\p{L}]/u.test(s) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\u202a-\u202e\u2066-\u2069]/u.test(s)

/**
 * Answers a question: through the model when one is configured and its answer is grounded,
 * otherwise (no model, provider failure, timeout, ungrounded figures) through the offline planner.
 */
export async function answerQuestion(deps: AnswerDeps, req: AskRequest, onRun?: (run: ToolRun) => void, signal?: AbortSignal): Promise<AskResponse> {
  if (!deps.model) return deps.engine.ask(req)
  const release = deps.gate ? deps.gate.tryEnter() : () => {}
  if (!release) return offline(deps, req, 'busy')
  let turn: ModelTurn
  try {
    turn = await runModelTurn(req, { model: deps.model, engine: deps.engine, timeoutMs: deps.modelTimeoutMs, onRun, signal })
  } catch (error) {
    logEvent(error instanceof ClientGoneError ? 'info' : 'warn', error instanceof ClientGoneError ? 'client_gone' : 'model_failed', { error })
    return offline(deps, req, 'provider')
  } finally {
    release()
  }
  const used = turn.runs.filter((r) => r.ok)
  if (!isPresentable(turn.text)) return offline(deps, req, 'provider')
  if (used.length === 0) return offline(deps, req, 'no-tool-result')
  const grounding = groundAnswer(turn.text, used)
  if (grounding.problems.length) {
    logEvent('warn', 'model_ungrounded', { figures: grounding.problems.map((p) => `${p.figure}:${p.reason}`) })
    return offline(deps, req, 'grounding')
  }
  return {
    answer: turn.text,
    citations: grounding.citations,
    toolCalls: turn.runs.map((r) => ({ toolName: r.toolName, input: r.input, ok: r.ok })),
    mode: 'model',
  }
}

function offline(deps: AnswerDeps, req: AskRequest, reason: FallbackReason): AskResponse {
  const res = deps.engine.ask(req)
  const note = NOTES[reason][isChinese(req.question) ? 'zh' : 'en']
  return { ...res, mode: 'offline', notes: [note, ...(res.notes ?? [])] }
}

const MAX_CITATIONS = 12

/**
 * The grounding check over this turn's successful runs; its citations are exactly those of the facts the answer
 * states, plus a paragraph whose wording (a reason, a definition) the answer repeats. Never "all of them".
 */
export function groundAnswer(answer: string, runs: ToolRun[]): { problems: GroundingProblem[]; citations: Citation[] } {
  const facts = runs.flatMap((r) => r.facts)
  const all = runs.flatMap((r) => r.citations)
  const allow = { codes: new Set(all.flatMap((c) => (c.code ? [c.code] : []))), years: new Set(all.map((c) => String(c.year))) }
  const { problems, citations } = checkGrounding(answer, facts, allow)
  const said = compact(answer)
  const quoted = all.filter((c) => c.kind === 'paragraph' && !c.value && !!c.text && repeats(said, compact(c.text)))
  return { problems, citations: dedupe([...citations, ...quoted]).slice(0, MAX_CITATIONS) }
}

const compact = (s: string) => s.replace(/[\s,，。；;：:、“”"'‘’()（）]/g, '')
const QUOTE_CHARS = 8

/** The answer repeats at least QUOTE_CHARS consecutive characters of the text (punctuation and spaces ignored). */
function repeats(answer: string, text: string): boolean {
  for (let i = 0; i + QUOTE_CHARS <= text.length; i++) if (answer.includes(text.slice(i, i + QUOTE_CHARS))) return true
  return false
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const key = [c.rowId ?? c.paragraphId ?? c.tableId, c.column, c.value].join('|')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
