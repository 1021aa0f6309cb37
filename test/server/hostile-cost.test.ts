import { describe, expect, it } from 'vitest'
import { answerFromStream } from '../../web/src/shared/ui-stream.js'
import { postJson, testApp } from './helpers.js'

/**
 * Bounded work per request (issue 12: a maximal history cost 578 ms of CPU): the planner reads only the last few user
 * turns, each clipped to the question limit and all of them to 600 characters, so a maximal body is answered exactly
 * as its bounded part is. Asserted by behaviour, not by a clock; the CPU per request is measured by
 * `npm run bench:hostile`.
 */
const districts = '渝中区江北区南岸区渝北区綦江区开州区沙坪坝区九龙坡区大渡口区北碚区巴南区'
const long = (n: number) => districts.repeat(Math.ceil(n / districts.length)).slice(0, n)
const turn = (i: number, text: string) => ({ role: i % 2 ? 'assistant' : 'user', content: text })

describe('bounded work per request', () => {
  it('a maximal history (20 messages, 8,000 characters) is read as its last three user turns, each clipped to 500 characters, 600 in all', async () => {
    const app = testApp({ env: { RATE_LIMIT_PER_MIN: '0' } })
    const question = '那公务接待费呢？'
    // the one turn that matters sits at the end of a long user turn: beyond 500 characters it is never read
    const hidden = long(600) + '渝北区医疗保障局2025年基本支出是多少？'
    const visible = '南岸区医疗保障局2024年基本支出是多少？'
    const history = [...Array.from({ length: 16 }, (_, i) => turn(i, long(420))), turn(0, hidden), turn(1, 'x'), turn(0, visible), turn(1, 'y')]
    const ask = async (h: unknown[]) => ((await (await app.request('/api/ask', postJson({ question, history: h }))).json()) as { answer: string }).answer
    const full = await ask(history)
    expect(full).toBe(await ask([turn(0, visible), turn(1, 'y')]))
    expect(full).toContain('南岸')
    expect(full).not.toContain('渝北')
  })

  it('a history over 8,000 characters in all is refused with a sentence that says so; from useChat the newest messages that fit are kept', async () => {
    const app = testApp({ env: { RATE_LIMIT_PER_MIN: '0' } })
    const history = Array.from({ length: 4 }, (_, i) => turn(i, long(2100)))
    const res = await app.request('/api/ask', postJson({ question: '公务接待费是多少', history }))
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.message).toBe('历史消息合计超过 8000 个字。')
    const part = (text: string) => [{ type: 'text', text }]
    const messages = [
      { role: 'user', parts: part('渝北区医疗保障局2025年基本支出是多少？') },
      ...Array.from({ length: 4 }, (_, i) => ({ role: i % 2 ? 'user' : 'assistant', parts: part(long(2100)) })),
      { role: 'assistant', parts: part('y') },
      { role: 'user', parts: part('南岸区医疗保障局2024年基本支出是多少？') },
      { role: 'assistant', parts: part('z') },
      { role: 'user', parts: part('那公务接待费呢？') },
    ]
    const chat = await app.request('/api/chat', postJson({ messages }))
    expect(chat.status).toBe(200)
    const answer = answerFromStream(await chat.text()).text
    // the follow-up inherits 南岸 from the newest turns; the oldest turn (渝北) did not fit and is not read
    expect(answer).toContain('南岸')
    expect(answer).toContain('公务接待费')
    expect(answer).not.toContain('渝北')
  })
})

