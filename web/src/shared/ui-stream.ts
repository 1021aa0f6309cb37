import type { ChartBar, Citation } from './types.js'

/** One part of the AI SDK 6 UI message stream; unknown part types are kept and ignored by the reducer. */
export interface UIStreamPart {
  type: string
  id?: string
  delta?: string
  data?: unknown
  errorText?: string
}

export interface ParsedStream {
  parts: UIStreamPart[]
  /** `data: [DONE]` was seen. */
  done: boolean
  /** An incomplete trailing event, to prepend to the next chunk. */
  rest: string
}

/**
 * Splits a buffer of SSE text into complete UI stream parts and returns the unconsumed tail.
 * parseUIMessageStream('data: {"type":"start"}\n\ndata: [DONE]\n\n')
 *   → { parts: [{ type: 'start' }], done: true, rest: '' }
 */
export function parseUIMessageStream(buffer: string): ParsedStream {
  const text = buffer.replace(/\r\n?/g, '\n')
  const events = text.split('\n\n')
  const rest = events.pop() ?? ''
  const parts: UIStreamPart[] = []
  let done = false
  for (const event of events) {
    const data = event
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
      .join('\n')
    if (!data) continue
    if (data.trim() === '[DONE]') {
      done = true
      continue
    }
    const part = parseJsonPart(data)
    if (part) parts.push(part)
  }
  return { parts, done, rest }
}

function parseJsonPart(data: string): UIStreamPart | undefined {
  try {
    const value: unknown = JSON.parse(data)
    if (value && typeof value === 'object' && typeof (value as UIStreamPart).type === 'string') return value as UIStreamPart
  } catch {
    // a malformed event is dropped; the rest of the stream still renders
  }
  return undefined
}

/** Everything the widget shows for one answer. */
export interface AnswerState {
  text: string
  citations: Citation[]
  chart: ChartBar[]
  toolCalls: unknown[]
  /** caveats the service attaches (data-notes) */
  notes: string[]
  /** tool runs reported so far (transient data-progress), for a "still working" hint */
  progress: number
  /** the tool that ran last, for a status line that says what is being looked up */
  lastTool?: string
  error?: string
  finished: boolean
}

export const emptyAnswer = (): AnswerState => ({ text: '', citations: [], chart: [], toolCalls: [], notes: [], progress: 0, finished: false })

/** Folds one stream part into the answer; pure (returns a new state). */
export function applyStreamPart(state: AnswerState, part: UIStreamPart): AnswerState {
  switch (part.type) {
    case 'text-start':
      return state.text && !state.text.endsWith('\n') ? { ...state, text: state.text + '\n' } : state
    case 'text-delta':
      return typeof part.delta === 'string' ? { ...state, text: state.text + part.delta } : state
    case 'data-citations':
      return Array.isArray(part.data) ? { ...state, citations: [...state.citations, ...(part.data as Citation[])] } : state
    case 'data-chart':
      return Array.isArray(part.data) ? { ...state, chart: part.data as ChartBar[] } : state
    case 'data-toolcalls':
      return Array.isArray(part.data) ? { ...state, toolCalls: [...state.toolCalls, ...part.data] } : state
    case 'data-notes':
      return Array.isArray(part.data) ? { ...state, notes: [...state.notes, ...part.data.filter((n): n is string => typeof n === 'string')] } : state
    case 'data-progress': {
      const tool = (part.data as { toolName?: unknown } | undefined)?.toolName
      return { ...state, progress: state.progress + 1, lastTool: typeof tool === 'string' ? tool : state.lastTool }
    }
    case 'error':
      return { ...state, error: part.errorText || '回答时出了问题。', finished: true }
    case 'finish':
      return { ...state, finished: true }
    default:
      return state
  }
}

/** Parses a whole stream body at once: answerFromStream(sseText).text is the answer's prose. */
export function answerFromStream(body: string): AnswerState {
  const { parts, done } = parseUIMessageStream(body.endsWith('\n\n') ? body : body + '\n\n')
  const state = parts.reduce(applyStreamPart, emptyAnswer())
  return done ? { ...state, finished: true } : state
}
