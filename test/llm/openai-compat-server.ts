import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An OpenAI-compatible chat server on loopback, for driving the real @ai-sdk/openai provider over HTTP.
 * Each POST …/chat/completions plays the next scripted reply, in the chunk shapes DeepSeek and Qwen stream
 * (DeepSeek: the first tool-call chunk carries id, name and empty arguments, later chunks only arguments;
 * Qwen compatible mode: later chunks repeat `"id":""` and `"type":"function"`; both end with a usage chunk and [DONE]).
 */
export type Reply =
  | { kind: 'tool'; name: string; args: string; dialect?: 'deepseek' | 'qwen' }
  | { kind: 'text'; text: string; dialect?: 'deepseek' | 'qwen' }
  | { kind: 'status'; status: number; retryAfter?: number; body?: unknown }
  /** sends `text` in part, then drops the connection */
  | { kind: 'disconnect'; text: string }
  /** sends headers and never a chunk; `closed` resolves when the client goes away */
  | { kind: 'hang' }
  /** a body exactly as given (a provider's transcript, test/llm/provider-transcripts.ts), SSE unless `json` */
  | { kind: 'raw'; body: string; status?: number; json?: boolean }
  /** DeepSeek under load: `: keep-alive` comments every 50 ms and nothing else, until the client goes away */
  | { kind: 'keep-alive' }

export interface CompatServer {
  baseURL: string
  /** the parsed request bodies, in order */
  requests: Record<string, any>[]
  /** resolves when a hanging reply's client closed the connection (the abort reached the provider) */
  clientClosed: Promise<void>
  close(): Promise<void>
}

const chunk = (model: string, delta: unknown, finish: string | null = null) => ({
  id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_760_000_000, model,
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
})
const usage = (model: string) => ({
  id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_760_000_000, model, choices: [],
  usage: { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110 },
})

/** Splits a string into pieces of at most n characters, as a provider streams it. */
const pieces = (s: string, n: number) => s.match(new RegExp(`[\\s\\S]{1,${n}}`, 'g')) ?? ['']

function chunksOf(reply: Extract<Reply, { kind: 'tool' | 'text' }>, model: string): unknown[] {
  const qwen = reply.dialect === 'qwen'
  if (reply.kind === 'text') {
    return [
      chunk(model, { role: 'assistant', content: '' }),
      ...pieces(reply.text, 4).map((content) => chunk(model, { content })),
      chunk(model, qwen ? { content: '' } : {}, 'stop'),
      usage(model),
    ]
  }
  const id = `call_${Math.random().toString(36).slice(2, 10)}`
  const [first, ...rest] = pieces(reply.args, 7)
  return [
    chunk(model, { role: 'assistant', content: null, tool_calls: [{ index: 0, id, type: 'function', function: { name: reply.name, arguments: qwen ? first : '' } }] }),
    ...(qwen ? rest : [first, ...rest]).map((a) =>
      chunk(model, { tool_calls: [qwen ? { index: 0, id: '', type: 'function', function: { arguments: a } } : { index: 0, function: { arguments: a } }] }),
    ),
    chunk(model, {}, 'tool_calls'),
    usage(model),
  ]
}

const sse = (res: ServerResponse, data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`)

async function bodyOf(req: IncomingMessage): Promise<Record<string, any>> {
  const parts: Buffer[] = []
  for await (const p of req) parts.push(p as Buffer)
  return JSON.parse(Buffer.concat(parts).toString('utf8'))
}

/** Starts the server on 127.0.0.1 (a free port); replies are consumed in order, then every call gets a 500. */
export async function startCompatServer(replies: Reply[]): Promise<CompatServer> {
  const requests: Record<string, any>[] = []
  let onClosed: () => void = () => {}
  const clientClosed = new Promise<void>((resolve) => { onClosed = resolve })
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return void res.writeHead(404).end()
    const body = await bodyOf(req)
    requests.push(body)
    const reply = replies.shift()
    const model = String(body.model)
    if (!reply) return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"no reply scripted"}}')
    if (reply.kind === 'status') {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (reply.retryAfter !== undefined) headers['retry-after'] = String(reply.retryAfter)
      return void res.writeHead(reply.status, headers).end(JSON.stringify(reply.body ?? { error: { message: 'Rate limit reached', type: 'rate_limit_error' } }))
    }
    if (reply.kind === 'raw') {
      return void res.writeHead(reply.status ?? 200, { 'content-type': reply.json ? 'application/json' : 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' }).end(reply.body)
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
    if (reply.kind === 'keep-alive') {
      const timer = setInterval(() => res.write(': keep-alive\n\n'), 50)
      res.on('close', () => {
        clearInterval(timer)
        onClosed()
      })
      return
    }
    if (reply.kind === 'hang') {
      res.flushHeaders()
      res.on('close', () => onClosed())
      return
    }
    if (reply.kind === 'disconnect') {
      sse(res, chunk(model, { role: 'assistant', content: '' }))
      sse(res, chunk(model, { content: reply.text }))
      setTimeout(() => res.socket?.destroy(), 10)
      return
    }
    for (const c of chunksOf(reply, model)) sse(res, c)
    res.end('data: [DONE]\n\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    clientClosed,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
