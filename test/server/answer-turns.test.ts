import { describe, expect, it } from 'vitest'
import { answerTurns } from '../../server/http/answer-turns.js'

describe('questions take turns on the event loop', () => {
  it('one waiting question is let through per deferred callback, in order', async () => {
    const deferred: (() => void)[] = []
    const turn = answerTurns((fn) => deferred.push(fn))
    const started: number[] = []
    const all = [1, 2, 3].map((i) => turn().then(() => started.push(i)))
    expect(deferred).toHaveLength(1) // one callback scheduled, not one per question
    for (let k = 1; k <= 3; k++) {
      deferred.shift()!()
      await Promise.resolve()
      expect(started).toEqual([1, 2, 3].slice(0, k))
    }
    expect(deferred).toHaveLength(0)
    await Promise.all(all)
  })

  it('with setImmediate, other callbacks of the loop run between two turns', async () => {
    const turn = answerTurns()
    const order: string[] = []
    const a = turn().then(() => {
      order.push('answer 1')
      setImmediate(() => order.push('other work'))
    })
    const b = turn().then(() => order.push('answer 2'))
    await Promise.all([a, b])
    await new Promise((r) => setImmediate(r))
    expect(order.indexOf('answer 1')).toBe(0)
    expect(order).toContain('other work')
  })
})
