import { describe, expect, it } from 'vitest'
import { clipHistory, HISTORY_LIMITS } from '../../server/core/history-limits.js'

const msg = (i: number, n: number) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), content: String(i % 10).repeat(n) })

describe('clipHistory: the newest whole messages within the history budget', () => {
  it('keeps everything that fits, in order', () => {
    const h = [msg(0, 10), msg(1, 20), msg(2, 30)]
    expect(clipHistory(h)).toEqual(h)
  })
  it('drops the oldest messages once the total would pass the budget, never cutting a kept one', () => {
    const h = Array.from({ length: 6 }, (_, i) => msg(i, 2000))
    const kept = clipHistory(h)
    expect(kept).toEqual(h.slice(-4))
    expect(kept.reduce((n, m) => n + m.content.length, 0)).toBeLessThanOrEqual(HISTORY_LIMITS.totalChars)
  })
  it('clips each message to the per-message limit and keeps at most the last N messages', () => {
    expect(clipHistory([msg(0, 9000)])[0].content).toHaveLength(HISTORY_LIMITS.messageChars)
    const many = Array.from({ length: 30 }, (_, i) => msg(i, 1))
    expect(clipHistory(many)).toEqual(many.slice(-HISTORY_LIMITS.messages))
  })
})
