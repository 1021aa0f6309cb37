import { describe, expect, it } from 'vitest'
import type { Term } from '../../server/core/planner/vocabulary.js'
import { namedItemsNear, shortestRowContaining, vocabularyLookup } from '../../server/core/planner/vocabulary-lookup.js'
import { memoByString } from '../../server/core/search/string-memo.js'

const term = (key: string, kind: Term['kind'] = 'row'): Term => ({ key, name: key, kind })
// as vocabularyOf orders it: longest key first
const vocab: Term[] = [
  term('机关事业单位职业年金缴费支出'), term('农村户厕改造数量', 'indicator'), term('城乡居民医疗保险补助', 'project'),
  term('职业年金缴费'), term('公务用车运行维护费'), term('年金缴费支出'), term('维护费支出'), term('办公费'), term('维护费'), term('基本支出', 'lexicon'),
].sort((a, b) => b.key.length - a.key.length)

describe('vocabulary lookup', () => {
  it('holds every key once and its lengths longest first', () => {
    const v = vocabularyLookup(vocab)
    expect(v.byKey.get('办公费')).toBe(vocab.find((t) => t.key === '办公费'))
    expect(v.lengths).toEqual([...new Set(vocab.map((t) => t.key.length))].sort((a, b) => b - a))
    expect(vocabularyLookup(vocab)).toBe(v)
  })

  it.each(['年金缴费', '维护费', '缴费支出', '运行维护', '办公', '不存在的词'])('finds the shortest row containing %s as a scan of every row would', (phrase) => {
    const scan = vocab.filter((t) => t.kind === 'row' && t.key.includes(phrase)).sort((a, b) => a.key.length - b.key.length)[0]
    expect(shortestRowContaining(vocab, phrase)).toBe(scan)
    const longer = vocab.filter((t) => t.kind === 'row' && t.key.length > phrase.length && t.key.includes(phrase)).sort((a, b) => a.key.length - b.key.length)[0]
    expect(shortestRowContaining(vocab, phrase, phrase.length)).toBe(longer)
  })

  it('offers every indicator or project sharing a bigram with the text, in vocabulary order, and nothing else', () => {
    expect(namedItemsNear(vocab, '户厕改造完成了多少').map((t) => t.key)).toEqual(['农村户厕改造数量'])
    expect(namedItemsNear(vocab, '城乡居民户厕')).toEqual(vocab.filter((t) => t.key === '城乡居民医疗保险补助' || t.key === '农村户厕改造数量'))
    expect(namedItemsNear(vocab, '办公费')).toEqual([])
  })
})

describe('memoByString', () => {
  it('computes each short string once, long ones every time, and starts afresh past its bound', () => {
    let calls = 0
    const f = memoByString((s: string) => (calls++, s.toUpperCase()), 2, 5)
    expect([f('ab'), f('ab'), f('cd')]).toEqual(['AB', 'AB', 'CD'])
    expect(calls).toBe(2)
    f('ef') // third entry: the cache starts afresh
    f('ab')
    expect(calls).toBe(4)
    f('longer'), f('longer')
    expect(calls).toBe(6)
  })
})
