import { errorSentence } from './format.js'
import { applyStreamPart, emptyAnswer, parseUIMessageStream, type AnswerState } from './ui-stream.js'
import type { Citation, Coverage, DocSummary, HistoryMessage, ParagraphResponse, SearchHit, TableResponse } from './types.js'

/** A failed request, carrying a sentence fit to show a citizen. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface ChatRequest {
  question: string
  history?: HistoryMessage[]
  org?: string
}

export interface SearchParams {
  q: string
  org?: string
  year?: string
  /** a table id, e.g. <docId>/t3 */
  table?: string
  kind?: 'row' | 'paragraph'
  /** 1–50; the service defaults to 20 */
  limit?: number
  /** hits to skip: paging through `total` */
  offset?: number
}

/** The service's HTTP API, rooted at `base` ('' for same origin, 'https://host' for the widget). */
export function createApi(base: string) {
  const url = (path: string) => base + path

  async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const res = await request(url(path), { signal, headers: { accept: 'application/json' } })
    return (await res.json()) as T
  }

  return {
    base,
    /** Streams an answer from POST /api/chat, calling onUpdate after every chunk; resolves with the final state. */
    async chat(body: ChatRequest, onUpdate: (s: AnswerState) => void, signal?: AbortSignal): Promise<AnswerState> {
      const res = await request(url('/api/chat'), {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify(body),
      })
      if ((res.headers.get('content-type') ?? '').includes('json')) return answerFromJson(await res.json())
      return readStream(res, onUpdate)
    },
    search: (p: SearchParams, signal?: AbortSignal) => getJson<{ hits: SearchHit[]; total: number; offset: number }>(`/api/search?${query(p)}`, signal),
    coverage: (org?: string) => getJson<Coverage>(`/api/coverage${org ? `?org=${encodeURIComponent(org)}` : ''}`),
    row: (id: string) => getJson<{ citation: Citation }>(`/api/rows/${encodePath(id)}`),
    paragraph: (id: string, context = 0) => getJson<ParagraphResponse>(`/api/paragraphs/${encodePath(id)}${context ? `?context=${context}` : ''}`),
    /** The document as published: opens in the browser (text, PDF); add `?download` to save it. */
    originalUrl: (docId: string) => url(`/api/docs/${encodeURIComponent(docId)}/original`),
    docs: () => getJson<{ documents: DocSummary[] }>('/api/docs'),
    table: (id: string) => getJson<TableResponse>(`/api/tables/${encodePath(id)}`),
    findings: (docId: string) => getJson<{ findings: unknown[] }>(`/api/docs/${encodePath(docId)}/findings`),
  }
}

export type Api = ReturnType<typeof createApi>

/** Ids contain slashes (`<docId>/t3`): keep them as path separators, escape the rest. */
const encodePath = (id: string) => id.split('/').map(encodeURIComponent).join('/')

function query(p: SearchParams): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(p)) if (v || v === 0 && k !== 'offset') q.set(k, String(v))
  return q.toString()
}

async function request(input: string, init: RequestInit): Promise<Response> {
  let res: Response
  try {
    res = await fetch(input, init)
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    throw new ApiError(0, errorSentence(0))
  }
  if (!res.ok) throw new ApiError(res.status, errorSentence(res.status, await serverMessage(res)))
  return res
}

/** The error body's message, whichever of the usual shapes it takes. */
async function serverMessage(res: Response): Promise<string | undefined> {
  try {
    const body = (await res.json()) as { error?: string | { message?: string }; message?: string }
    if (typeof body.error === 'string') return body.error
    return body.error?.message ?? body.message
  } catch {
    return undefined
  }
}

async function readStream(res: Response, onUpdate: (s: AnswerState) => void): Promise<AnswerState> {
  let state = emptyAnswer()
  if (!res.body) return { ...state, finished: true }
  const reader = res.body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    buffer += done ? decoder.decode() + '\n\n' : decoder.decode(value, { stream: true })
    const parsed = parseUIMessageStream(buffer)
    buffer = parsed.rest
    state = parsed.parts.reduce(applyStreamPart, state)
    if (parsed.done || done) state = { ...state, finished: true }
    onUpdate(state)
    if (done) return state
  }
}

/** The same state from a non-streaming AskResponse body. */
function answerFromJson(body: any): AnswerState {
  return {
    ...emptyAnswer(),
    text: String(body?.answer ?? ''),
    citations: Array.isArray(body?.citations) ? body.citations : [],
    chart: Array.isArray(body?.chart) ? body.chart : [],
    toolCalls: Array.isArray(body?.toolCalls) ? body.toolCalls : [],
    notes: Array.isArray(body?.notes) ? body.notes.map(String) : [],
    finished: true,
  }
}
