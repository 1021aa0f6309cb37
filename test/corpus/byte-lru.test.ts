import { describe, expect, it } from 'vitest'
import { ByteLru } from '../../server/core/corpus/byte-lru.js'

describe('ByteLru', () => {
  it('evicts the least recently used entries past its byte budget, never the one just added', () => {
    const c = new ByteLru<string>(100)
    c.set('a', 'A', 40)
    c.set('b', 'B', 40)
    c.peek('a')
    c.set('c', 'C', 40)
    expect([c.peek('a'), c.peek('b'), c.peek('c')]).toEqual(['A', undefined, 'C'])
    c.set('huge', 'H', 500)
    expect(c.size).toBe(1)
    expect(c.peek('huge')).toBe('H')
  })

  it('loads a key once for concurrent callers, and counts growth', async () => {
    const c = new ByteLru<number>(1000)
    let loads = 0
    const load = async () => ({ value: ++loads, bytes: 10 })
    const [x, y] = await Promise.all([c.getOrLoad('k', load), c.getOrLoad('k', load)])
    expect([x, y, loads]).toEqual([1, 1, 1])
    expect(await c.getOrLoad('k', load)).toBe(1)
    c.grow('k', 90)
    expect(c.bytes).toBe(100)
    expect(await c.getOrLoad('missing', async () => undefined)).toBeUndefined()
  })
})
