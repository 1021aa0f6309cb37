import { createOpenAI } from '@ai-sdk/openai'
import type { LanguageModelV3, LanguageModelV3CallOptions } from '@ai-sdk/provider'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readConfig } from '../../server/http/config.js'
import { modelFromConfig } from '../../server/llm/provider.js'

/**
 * server/llm/provider.ts builds the chat model without createOpenAI (whose provider object would bring every OpenAI
 * model into the Worker bundle): it must stay the model `createOpenAI({ apiKey, baseURL }).chat(model)` makes, the
 * same id, provider name and settings, and the same request on the wire (URL, headers with the User-Agent, body).
 */
const SSE = [
  { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'deepseek-chat', choices: [{ index: 0, delta: { role: 'assistant', content: '好' }, finish_reason: null }] },
  { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'deepseek-chat', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } },
].map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + 'data: [DONE]\n\n'

const CALL: LanguageModelV3CallOptions = {
  prompt: [{ role: 'system', content: '只回答一个字。' }, { role: 'user', content: [{ type: 'text', text: '你好' }] }],
  tools: [{ type: 'function', name: 'get-figure', description: '一行的数', inputSchema: { type: 'object', properties: { rowId: { type: 'string' } }, required: ['rowId'] } }],
  maxOutputTokens: 50,
  temperature: 0,
}

async function onTheWire(model: LanguageModelV3) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = []
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url: String(url), headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) })
    return new Response(SSE, { headers: { 'content-type': 'text/event-stream' } })
  })
  const { stream } = await model.doStream(CALL)
  const parts: unknown[] = []
  for await (const part of stream as unknown as AsyncIterable<unknown>) parts.push(part)
  return { sent, parts }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe('the configured chat model', () => {
  it.each([
    ['a base URL with a trailing slash', { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'https://api.deepseek.com/v1/', OPENAI_MODEL: 'deepseek-chat' }],
    ['no base URL (OpenAI itself)', { OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-4o-mini' }],
  ])('is createOpenAI(...).chat(model), with %s: the same model and the same request', async (_, env) => {
    vi.stubEnv('OPENAI_BASE_URL', undefined)
    const { openai } = readConfig(env)
    const ours = modelFromConfig(readConfig(env)) as LanguageModelV3
    const theirs = createOpenAI({ apiKey: openai!.apiKey, baseURL: openai!.baseURL }).chat(openai!.model)
    for (const key of ['specificationVersion', 'modelId', 'provider'] as const) expect(ours[key]).toBe(theirs[key])
    expect(ours.supportedUrls).toEqual(theirs.supportedUrls)
    const [a, b] = [await onTheWire(ours), await onTheWire(theirs)]
    expect(a.sent).toHaveLength(1)
    expect(a.sent[0].headers['user-agent']).toMatch(/^ai-sdk\/openai\/\d/)
    expect(a).toEqual(b)
  })

  it('is absent without an API key (offline mode)', () => {
    expect(modelFromConfig(readConfig({}))).toBeUndefined()
  })
})
