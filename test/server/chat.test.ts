import { describe, expect, it } from 'vitest'
import { answerFromStream, parseUIMessageStream } from '../../web/src/shared/ui-stream.js'
import { textChunks } from '../../server/llm/answer-stream.js'
import { postJson, testApp } from './helpers.js'

const app = testApp()
const QUESTION = '江北区 公务接待费'

async function chat(body: unknown) {
  const res = await app.request('/api/chat', postJson(body))
  return { res, text: await res.text() }
}

describe('POST /api/chat', () => {
  it('streams the AI SDK UI message protocol: text, then typed data parts, then finish with the mode', async () => {
    const { res, text } = await chat({ question: QUESTION })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1')
    const { parts, done } = parseUIMessageStream(text)
    expect(done).toBe(true)
    const types = parts.map((p) => p.type)
    expect(types[0]).toBe('start')
    expect(types).toEqual(expect.arrayContaining(['text-start', 'text-delta', 'text-end', 'data-citations', 'data-toolcalls', 'finish']))
    expect(types.indexOf('text-end')).toBeLessThan(types.indexOf('data-citations'))
    expect(parts.at(-1)).toMatchObject({ type: 'finish', messageMetadata: { mode: 'offline' } })
  })

  it('gives the same answer as /api/ask', async () => {
    const ask = (await (await app.request('/api/ask', postJson({ question: QUESTION }))).json()) as any
    const streamed = answerFromStream((await chat({ question: QUESTION })).text)
    expect(streamed.text).toBe(ask.answer)
    expect(streamed.citations).toEqual(ask.citations)
    expect(streamed.toolCalls).toEqual(ask.toolCalls)
  })

  it("accepts useChat's body: the last user message is the question, earlier text parts the history", async () => {
    const messages = [
      { id: '1', role: 'user', parts: [{ type: 'text', text: '南岸区' }] },
      { id: '2', role: 'assistant', parts: [{ type: 'text', text: '好的' }, { type: 'data-citations', data: [{ huge: 'x'.repeat(100) }] }] },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `h${i}`, role: i % 2 ? 'assistant' : 'user', parts: [{ type: 'text', text: 'y'.repeat(5000) }] })),
      { id: '3', role: 'user', parts: [{ type: 'text', text: QUESTION }] },
    ]
    const { res, text } = await chat({ id: 'chat-1', trigger: 'submit-message', messages })
    expect(res.status).toBe(200)
    expect(answerFromStream(text).text).toBe(answerFromStream((await chat({ question: QUESTION })).text).text)
  })

  it.each([
    [{ messages: [] }, /消息/],
    [{ messages: [{ role: 'assistant', parts: [{ type: 'text', text: 'hi' }] }] }, /最后一条消息/],
    [{ messages: [{ role: 'user', parts: [{ type: 'text', text: 'x'.repeat(600) }] }] }, /问题超过 500 个字/],
    [{ question: '' }, /问题不能为空/],
  ])('400 for a bad body: %j', async (body, message) => {
    const { res, text } = await chat(body)
    expect(res.status).toBe(400)
    expect(JSON.parse(text).error.message).toMatch(message)
  })

  it('splits text into sentence-sized deltas that rejoin exactly', () => {
    const answer = '南岸区医疗保障局2024年行政运行支出为521.68万元。出处：表五第3行；单位万元！' + '长'.repeat(90)
    const chunks = textChunks(answer)
    expect(chunks.join('')).toBe(answer)
    expect(chunks.every((c) => c.length <= 40)).toBe(true)
    expect(textChunks('')).toEqual([])
  })
})
