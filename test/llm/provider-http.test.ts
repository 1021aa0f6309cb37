import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { answerFromStream } from '../../web/src/shared/ui-stream.js'
import { postJson, testApp, testEngine } from '../server/helpers.js'
import { startCompatServer, type CompatServer, type Reply } from './openai-compat-server.js'

/**
 * Model mode through the real adapter: the chat model createOpenAI({ baseURL, apiKey }).chat(model) makes
 * (server/llm/provider.ts), built by the app from OPENAI_* exactly as in production, talking HTTP + SSE to an
 * OpenAI-compatible server on loopback.
 */
const QUESTION = '南岸区医保局2024年2101501行政运行支出多少？'
const ROW = '004_8de5198946ae3720/t1/r16'
const LOOKUP_ARGS = JSON.stringify({ rowId: ROW })
const ANSWER = '南岸区医保局2024年2101501行政运行支出为521.68万元（表二）。'

let server: CompatServer | undefined
let log: ReturnType<typeof vi.spyOn>
beforeAll(() => { testEngine().ask({ question: '公务接待费' }) })
afterEach(async () => {
  log?.mockRestore()
  await server?.close()
  server = undefined
})

const appFor = (s: CompatServer, env: Record<string, string> = {}) =>
  testApp({ model: undefined, env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: s.baseURL, OPENAI_MODEL: 'deepseek-chat', RATE_LIMIT_PER_MIN: '0', ...env } })

async function askOver(replies: Reply[], env: Record<string, string> = {}) {
  log = vi.spyOn(console, 'error').mockImplementation(() => {})
  server = await startCompatServer(replies)
  const t0 = performance.now()
  const res = await appFor(server, env).request('/api/ask', postJson({ question: QUESTION }))
  return { status: res.status, body: (await res.json()) as any, ms: performance.now() - t0, logged: log.mock.calls.flat().join('\n') }
}

describe('model mode over HTTP to an OpenAI-compatible server', () => {
  it.each(['deepseek', 'qwen'] as const)('%s shapes: a streamed tool call, then a streamed answer; grounded and cited', async (dialect) => {
    const { body } = await askOver([{ kind: 'tool', name: 'get-figure', args: LOOKUP_ARGS, dialect }, { kind: 'text', text: ANSWER, dialect }])
    expect(body.mode).toBe('model')
    expect(body.answer).toBe(ANSWER)
    expect(body.citations.map((c: any) => c.rowId)).toEqual([ROW])
    expect(body.toolCalls).toEqual([{ toolName: 'get-figure', input: { rowId: ROW }, ok: true }])
    // what the provider sent: /chat/completions, streaming, our tools, then the tool result as a tool message
    const [first, second] = server!.requests
    expect(first).toMatchObject({ model: 'deepseek-chat', stream: true })
    expect(first.tools.map((t: any) => t.function.name)).toContain('get-figure')
    expect(second.messages.at(-1)).toMatchObject({ role: 'tool' })
    expect(second.messages.at(-1).content).toContain('521.68')
  })

  it('malformed tool arguments: the tool is not run, the answer falls back', async () => {
    const { body } = await askOver([{ kind: 'tool', name: 'get-figure', args: '{"rowId":' }, { kind: 'text', text: '行政运行支出为521.68万元。' }])
    expect(body.mode).toBe('offline')
    expect(body.notes.length).toBeGreaterThan(0)
  })

  it('429 with Retry-After: no retry storm, the offline answer at once', async () => {
    const { body, ms, logged } = await askOver([{ kind: 'status', status: 429, retryAfter: 30 }])
    expect(body.mode).toBe('offline')
    expect(body.notes[0]).toMatch(/暂时不可用/)
    expect(server!.requests).toHaveLength(1)
    expect(ms).toBeLessThan(3000)
    expect(logged).toMatch(/model_failed/)
  })

  it('a mid-stream disconnect: the offline answer, nothing half-said', async () => {
    const { body } = await askOver([{ kind: 'disconnect', text: '行政运行支出为99' }])
    expect(body.mode).toBe('offline')
    expect(body.answer).not.toMatch(/为99/)
  })

  it('a mid-stream disconnect over /api/chat: the stream still finishes', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => {})
    server = await startCompatServer([{ kind: 'tool', name: 'get-figure', args: LOOKUP_ARGS }, { kind: 'disconnect', text: '行政运行' }])
    const res = await appFor(server).request('/api/chat', postJson({ question: QUESTION }))
    const state = answerFromStream(await res.text())
    expect(state.finished).toBe(true)
    expect(state.text).toContain('521.68')
  })

  it('a client that disconnects aborts the model call', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    server = await startCompatServer([{ kind: 'hang' }])
    const app = appFor(server, { MODEL_TIMEOUT_MS: '20000' })
    const http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((r) => http.once('listening', r))
    const { port } = http.address() as AddressInfo
    try {
      const client = new AbortController()
      const pending = fetch(`http://127.0.0.1:${port}/api/ask`, { ...postJson({ question: QUESTION }), signal: client.signal }).catch(() => undefined)
      await vi.waitFor(() => expect(server!.requests).toHaveLength(1), { timeout: 5000 })
      const t0 = performance.now()
      client.abort()
      await pending
      await server.clientClosed
      expect(performance.now() - t0).toBeLessThan(2000)
    } finally {
      info.mockRestore()
      await new Promise((r) => http.close(r))
    }
  })
})
