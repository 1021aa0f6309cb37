import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { seedEngine } from '../seed-engine.js'

// Session 44 (blind83's 烈山区 三公 page): "因公出国费和公车费用分别同比降了多少" was read as the difference between the two
// subjects (1.7万元 − 168万元); 同比 asks each one's change against the year before.
describe('同比 asks a change over the year before, never a difference between the subjects named', () => {
  it.each(['某区2023年因公出国费和公务接待费分别同比降了多少？', '某区因公出国费和公务接待费同比增加了多少'])('%s', (q) => {
    expect(parseQuestion(seedEngine().corpus, q).op).toBe('change')
  })
  it('still reads a difference between two subjects asked with no year against', () => {
    expect(parseQuestion(seedEngine().corpus, '某区公务接待费比因公出国费多多少').op).toBe('difference')
  })
})
