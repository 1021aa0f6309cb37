import { describe, expect, it, vi, beforeAll, beforeEach, afterEach } from 'vitest'
import type { AppDeps } from '../../server/app.js'
import { postJson, testApp, testEngine } from '../server/helpers.js'
import { callTool, failingModel, say, scriptedModel, silentModel } from './mock-model.js'
import { answerFromStream } from '../../web/src/shared/ui-stream.js'

const QUESTION = '江北区医保事务中心2026年社会保障和就业支出是多少？'
let log: ReturnType<typeof vi.spyOn>
// the engine (corpus, index, findings) loads once before the timed requests: the bounds are about the model, not start-up.
// They are far below the 20 s default MODEL_TIMEOUT_MS (so they show the fallback did not wait for it) and far above
// the expected times, so a loaded machine does not fail them: speed itself is measured in `npm run bench`, not here.
const NO_LONG_WAIT_MS = 10_000
beforeAll(() => { testEngine().ask({ question: '公务接待费' }) })
beforeEach(() => { log = vi.spyOn(console, 'error').mockImplementation(() => {}) })
afterEach(() => log.mockRestore())

async function timedAsk(model: AppDeps['model'], env = {}) {
  const t0 = performance.now()
  const res = await testApp({ model, env }).request('/api/ask', postJson({ question: QUESTION }))
  return { status: res.status, body: (await res.json()) as any, ms: performance.now() - t0 }
}

describe('provider faults fall back to the offline planner, in bounded time', () => {
  it('provider down', async () => {
    const { status, body, ms } = await timedAsk(failingModel())
    expect(status).toBe(200)
    expect(body).toMatchObject({ mode: 'offline', notes: [expect.stringMatching(/暂时不可用/)] })
    expect(body.answer.length).toBeGreaterThan(0)
    expect(ms).toBeLessThan(NO_LONG_WAIT_MS)
    expect(log.mock.calls.flat().join('')).toMatch(/model_failed.*503/)
  })

  it('provider silent (never answers, ignores abort): MODEL_TIMEOUT_MS bounds the wait', async () => {
    const { body, ms } = await timedAsk(silentModel(), { MODEL_TIMEOUT_MS: '300' })
    expect(body.mode).toBe('offline')
    expect(ms).toBeGreaterThanOrEqual(290)
    expect(ms).toBeLessThan(NO_LONG_WAIT_MS)
  })

  it('provider slow over the stream too: /api/chat still finishes with the offline answer', async () => {
    const t0 = performance.now()
    const res = await testApp({ model: silentModel(), env: { MODEL_TIMEOUT_MS: '300' } }).request('/api/chat', postJson({ question: QUESTION }))
    const state = answerFromStream(await res.text())
    expect(state.finished).toBe(true)
    expect(state.text.length).toBeGreaterThan(0)
    expect(performance.now() - t0).toBeLessThan(NO_LONG_WAIT_MS)
  })

  it.each([
    ['malformed tool-call JSON, then prose with no source', [callTool('get-figure', '{"org":'), say('好的。')]],
    ['an unknown tool, then nothing', [callTool('rm-rf', {}), say('')]],
    ['binary garbage with digits after a real lookup', [callTool('get-figure', { org: '江北', name: '社会保障和就业支出' }), say('\u0000\ufffd 8 9 7 4 0 0 0 1 2 3 4 5 6 7 \u202e')]],
    ['endless tool calls (stops at 6 steps)', Array.from({ length: 8 }, () => callTool('list-documents', {}))],
  ])('garbage: %s', async (_name, steps) => {
    const { status, body, ms } = await timedAsk(scriptedModel(...(steps as Parameters<typeof scriptedModel>)))
    expect(status).toBe(200)
    expect(body.mode).toBe('offline')
    expect(body.notes?.length).toBeGreaterThan(0)
    expect(ms).toBeLessThan(NO_LONG_WAIT_MS)
  })
})
