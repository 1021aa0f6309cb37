import { describe, expect, it } from 'vitest'
import { containsOneOf, startsWithOneOf } from '../../server/core/search/one-of-names.js'

/** mulberry32 */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

describe('one of many names in a short text, by its own substrings', () => {
  it('agrees with checking every name, on random texts and names of a small alphabet', () => {
    const r = seeded(7)
    const word = (n: number) => Array.from({ length: n }, () => '甲乙丙丁局'[Math.floor(r() * 5)]).join('')
    for (let k = 0; k < 300; k++) {
      const names = new Set(Array.from({ length: 1 + Math.floor(r() * 6) }, () => word(1 + Math.floor(r() * 4))))
      const text = (r() < 0.5 ? '未收录' : '') + word(Math.floor(r() * 10))
      expect(startsWithOneOf(text, '未收录', names)).toBe([...names].some((o) => text.startsWith(`未收录${o}`)))
      expect(containsOneOf(text, names)).toBe([...names].some((o) => text.includes(o)))
    }
  })

  it('reads the empty name as every text does', () => {
    expect(containsOneOf('甲局', new Set(['']))).toBe(true)
    expect(containsOneOf('甲局', new Set())).toBe(false)
    expect(startsWithOneOf('未收录', '未收录', new Set(['']))).toBe(true)
    expect(startsWithOneOf('已收录甲局', '未收录', new Set(['甲局']))).toBe(false)
  })
})
