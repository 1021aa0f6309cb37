import { describe, expect, it } from 'vitest'
import { reorderedNameSpan } from '../../../server/core/tools/lib/abridged-name.js'

/** The scan from every position of the text (before positions without a bigram of the name were passed over). */
function everyPosition(name: string, text: string): { start: number; end: number } | undefined {
  if (name.length < 6) return undefined
  let best: { start: number; end: number } | undefined
  for (let i = 0; i < text.length; i++) {
    const used = new Array<boolean>(name.length).fill(false)
    let j = i
    for (;;) {
      let hit: { at: number; len: number } | undefined
      for (let len = Math.min(name.length, text.length - j); len >= 2 && !hit; len--) {
        const piece = text.slice(j, j + len)
        for (let at = name.indexOf(piece); at >= 0; at = name.indexOf(piece, at + 1)) {
          if (!used.slice(at, at + len).some(Boolean)) { hit = { at, len }; break }
        }
      }
      if (!hit) break
      used.fill(true, hit.at, hit.at + hit.len)
      j += hit.len
    }
    const covered = used.filter(Boolean).length
    if (covered / name.length >= 0.75 && j - i >= 4 && (!best || j - i > best.end - best.start)) best = { start: i, end: j }
  }
  return best
}

describe('reorderedNameSpan', () => {
  it('finds a name said with its words in another order', () => {
    const text = '护林员巡山里程为什么没完成'
    expect(reorderedNameSpan('森林巡山护林员里程', text)).toEqual({ start: 0, end: 7 })
    expect(reorderedNameSpan('森林巡山护林员里程', '办公费是多少')).toBeUndefined()
  })

  it('reads as the scan from every position did, on 3,000 random names and texts of a few characters', () => {
    let seed = 7
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const alphabet = [...'林护员巡山里程数量更换水表入户年']
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
    for (let k = 0; k < 3000; k++) {
      const name = word(6 + Math.floor(next() * 8))
      const text = word(Math.floor(next() * 40))
      expect(reorderedNameSpan(name, text), `${name} in ${text}`).toEqual(everyPosition(name, text))
    }
  })
})
