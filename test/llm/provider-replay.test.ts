import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { answerFromStream } from '../../web/src/shared/ui-stream.js'
import { postJson, testApp, testEngine } from '../server/helpers.js'
import { startCompatServer, type CompatServer, type Reply } from './openai-compat-server.js'
import { ERROR_BODIES, qwenOutputInspectionFailed, textStream, toolCallStream, type Dialect } from './provider-transcripts.js'

/**
 * The model path through the real @ai-sdk/openai adapter, fed provider replies in the shapes DeepSeek, Qwen
 * (DashScope) and Zhipu GLM send (test/llm/provider-transcripts.ts names the recordings and documents they follow).
 */
const QUESTION = '南岸区医保局2024年2101501行政运行支出多少？'
const ROW = '004_8de5198946ae3720/t1/r16'
const ARGS = JSON.stringify({ rowId: ROW })
const ANSWER = '南岸区医保局2024年2101501行政运行支出为521.68万元（表二）。'
const DIALECTS: Dialect[] = ['deepseek', 'qwen', 'glm']

let server: CompatServer | undefined
let log: ReturnType<typeof vi.spyOn>
beforeAll(() => { testEngine().ask({ question: '公务接待费' }) })
afterEach(async () => {
  log?.mockRestore()
  await server?.close()
  server = undefined
})

const raw = (body: string): Reply => ({ kind: 'raw', body })
const appFor = (s: CompatServer, env: Record<string, string> = {}) =>
  testApp({ model: undefined, env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: s.baseURL, OPENAI_MODEL: 'test-model', RATE_LIMIT_PER_MIN: '0', ...env } })

async function ask(replies: Reply[], env: Record<string, string> = {}) {
  log = vi.spyOn(console, 'error').mockImplementation(() => {})
  server = await startCompatServer(replies)
  const res = await appFor(server, env).request('/api/ask', postJson({ question: QUESTION }))
  return { body: (await res.json()) as any, logged: log.mock.calls.flat().map(String).join('\n') }
}

describe('provider replies as recorded: tool-call deltas, usage, finish reasons, errors', () => {
  it.each(DIALECTS)('%s: a streamed tool call and a streamed answer are read, grounded and cited', async (dialect) => {
    const { body } = await ask([raw(toolCallStream(dialect, 'get-figure', ARGS)), raw(textStream(dialect, ANSWER))])
    expect(body.mode).toBe('model')
    expect(body.answer).toBe(ANSWER) // DeepSeek's words before its tool call are not part of the answer
    expect(body.citations.map((c: any) => c.rowId)).toEqual([ROW])
    expect(body.toolCalls).toEqual([{ toolName: 'get-figure', input: { rowId: ROW }, ok: true }])
    const second = server!.requests[1]
    expect(second.messages.at(-1)).toMatchObject({ role: 'tool' })
    expect(second.messages.at(-2).tool_calls[0].function).toEqual({ name: 'get-figure', arguments: ARGS })
  })

  it.each(DIALECTS)('%s over /api/chat: the stream ends with the grounded answer', async (dialect) => {
    log = vi.spyOn(console, 'error').mockImplementation(() => {})
    server = await startCompatServer([raw(toolCallStream(dialect, 'get-figure', ARGS)), raw(textStream(dialect, ANSWER))])
    const state = answerFromStream(await (await appFor(server).request('/api/chat', postJson({ question: QUESTION }))).text())
    expect(state.finished).toBe(true)
    expect(state.text).toBe(ANSWER)
  })

  it.each(['length', 'content_filter', 'insufficient_system_resource'])('an answer that ends by %s is not shown as the model’s: the offline answer', async (finish) => {
    const cut = '南岸区医保局2024年2101501行政运行支出为'
    const { body, logged } = await ask([raw(toolCallStream('deepseek', 'get-figure', ARGS)), raw(textStream('deepseek', cut, finish))])
    expect(body.mode).toBe('offline')
    expect(body.answer).toContain('521.68')
    expect(body.notes[0]).toMatch(/暂时不可用/)
    expect(logged).toMatch(/model_failed/)
  })

  it('output moderation stopping the stream (DashScope’s error chunk): the offline answer, nothing half-said', async () => {
    const { body } = await ask([raw(toolCallStream('qwen', 'get-figure', ARGS)), raw(qwenOutputInspectionFailed('南岸区医保局2024年行政运行支出为9'))])
    expect(body.mode).toBe('offline')
    expect(body.answer).not.toMatch(/为9/)
    expect(body.answer).toContain('521.68')
  })

  it.each(Object.entries(ERROR_BODIES))('%s: one request, no retry, the offline answer', async (_, e) => {
    const { body, logged } = await ask([{ kind: 'raw', status: e.status, json: true, body: JSON.stringify(e.body) }])
    expect(body.mode).toBe('offline')
    expect(body.notes[0]).toMatch(/暂时不可用/)
    expect(server!.requests).toHaveLength(1)
    expect(logged).toMatch(new RegExp(`"event":"model_failed".*"status":${e.status}`))
  })

  it('DeepSeek keep-alive comments that never turn into an answer: the offline answer at MODEL_TIMEOUT_MS, the connection closed', async () => {
    const { body } = await ask([{ kind: 'keep-alive' }], { MODEL_TIMEOUT_MS: '400' })
    expect(body.mode).toBe('offline')
    await server!.clientClosed
  })
})
