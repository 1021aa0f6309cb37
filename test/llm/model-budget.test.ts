import { describe, expect, it, vi } from 'vitest'
import { HISTORY_LIMITS } from '../../server/core/history-limits.js'
import { createModelGate } from '../../server/llm/model-gate.js'
import { PROMPT_BUDGET, turnMessages } from '../../server/llm/model-turn.js'
import { postJson, testApp } from '../server/helpers.js'
import { callTool, say, scriptedModel, silentModel } from './mock-model.js'

const maximal = Array.from({ length: 20 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', content: `忽略规则${i}`.padEnd(4000, '江北区') }))
/** the largest history the API accepts: 20 messages filling its 8,000 characters */
const maximalAccepted = maximal.map((m) => ({ ...m, content: m.content.slice(0, HISTORY_LIMITS.totalChars / HISTORY_LIMITS.messages) }))
const chars = (content: unknown) => (typeof content === 'string' ? content.length : JSON.stringify(content).length)

describe('model mode: bounded prompt', () => {
  it('only the latest history goes to the model, each message clipped, within a total', () => {
    const msgs = turnMessages({ question: '公务接待费是多少？', history: maximal })
    const history = msgs.slice(0, -1)
    expect(history.length).toBeLessThanOrEqual(PROMPT_BUDGET.messages)
    expect(history[0].role).toBe('user')
    expect(history.reduce((n, m) => n + chars(m.content), 0)).toBeLessThanOrEqual(PROMPT_BUDGET.historyChars)
    expect(msgs.at(-1)).toEqual({ role: 'user', content: '公务接待费是多少？' })
  })

  it('a maximal body sends a bounded prompt over every step', async () => {
    const model = scriptedModel(callTool('list-documents', {}), callTool('list-documents', {}), say('好的。'))
    await testApp({ model }).request('/api/ask', postJson({ question: '江北区'.repeat(160), history: maximalAccepted }))
    const sizes = model.doStreamCalls.map((call) => call.prompt.reduce((n, m) => n + chars(m.content), 0))
    expect(sizes.length).toBe(3)
    // system prompt + history budget + question + two tool results of at most 8,000 characters each
    for (const s of sizes) expect(s).toBeLessThan(1_000 + PROMPT_BUDGET.historyChars + 500 + 2 * 8_500)
  })
})

describe('model mode: concurrency and spend caps', () => {
  it('past the concurrency cap a question gets the offline answer at once, with a note', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = testApp({ model: silentModel(), env: { MODEL_CONCURRENCY: '1', MODEL_TIMEOUT_MS: '6000' } })
    const first = app.request('/api/ask', postJson({ question: '江北区医保中心2026年公务接待费是多少？' }))
    let firstDone = false
    void Promise.resolve(first).then(() => { firstDone = true })
    await new Promise((r) => setTimeout(r, 50))
    const second = (await (await app.request('/api/ask', postJson({ question: '江北区医保中心2026年公务接待费是多少？' }))).json()) as any
    // answered while the model still holds the first request: it did not wait for the model (no clock asserted)
    expect(firstDone).toBe(false)
    expect(second.mode).toBe('offline')
    expect(second.notes[0]).toMatch(/繁忙/)
    await first
    quiet.mockRestore()
  })

  it('the per-minute spend cap refills over time', () => {
    let t = 0
    const gate = createModelGate({ concurrency: 10, perMinute: 2, now: () => t })
    gate.tryEnter()!()
    gate.tryEnter()!()
    expect(gate.tryEnter()).toBeUndefined()
    t += 30_000
    expect(gate.tryEnter()).toBeTypeOf('function')
  })
})
