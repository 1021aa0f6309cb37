import { describe, expect, it } from 'vitest'
import { deadlineMs } from '../../server/cli/parse-in-workers.js'

describe('parse deadline', () => {
  it('is the budget on an idle machine', () => {
    expect(deadlineMs(30_000, 0.5, 2)).toBe(30_000)
  })
  it('stretches with the load per core, so a busy machine does not skip good documents', () => {
    expect(deadlineMs(30_000, 10, 2)).toBe(150_000)
  })
  it('stretches at most eightfold, so a pathological file is still stopped', () => {
    expect(deadlineMs(30_000, 100, 2)).toBe(240_000)
  })
})
