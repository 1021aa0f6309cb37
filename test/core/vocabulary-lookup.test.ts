import { describe, expect, it } from 'vitest'
import type { Term } from '../../server/core/planner/vocabulary.js'
import { bigramListsOf, namedItemsNear, primeBigramLists, shortestRowContaining, vocabularyLookup } from '../../server/core/planner/vocabulary-lookup.js'
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

describe('bigram lists stored as data', () => {
  it('read back, they are the lists the lookup would build', () => {
    const copy = vocab.map((t) => ({ ...t }))
    const lists = JSON.parse(JSON.stringify(bigramListsOf(copy)))
    primeBigramLists(copy, lists)
    const v = vocabularyLookup(copy)
    expect(v.rowsByBigram).toEqual(vocabularyLookup(vocab).rowsByBigram)
    expect(v.namedByBigram).toEqual(vocabularyLookup(vocab).namedByBigram)
    expect(v.rowsByBigram.get('维护')).toBe(lists.rows.find(([b]: [string]) => b === '维护')[1])
    expect(shortestRowContaining(copy, '维护费')?.key).toBe('维护费')
  })
})

describe('memoByString', () => {
  it('computes each short string once, long ones every time, within two generations of its bound (in characters)', () => {
    let calls = 0
    const f = memoByString((s: string) => (calls++, s.toUpperCase()), 4, 5)
    expect([f('ab'), f('ab'), f('cd')]).toEqual(['AB', 'AB', 'CD'])
    expect(calls).toBe(2)
    f('ef') // third entry: ab and cd age into the old generation, still found
    f('ab')
    expect(calls).toBe(3)
    f('longer'), f('longer')
    expect(calls).toBe(5)
  })

  it('keeps what is read again through a flood of new strings, and forgets what is not', () => {
    const calls = new Map<string, number>()
    const f = memoByString((s: string) => (calls.set(s, (calls.get(s) ?? 0) + 1), s), 600)
    for (let i = 0; i < 10_000; i++) {
      f(`随机${i}`)
      if (i % 50 === 0) f('行政运行') // a row name every question reads
    }
    expect(calls.get('行政运行')).toBe(1) // read once, never forgotten with the flood
    f('随机0')
    expect(calls.get('随机0')).toBe(2) // long forgotten: read again
  })

  it('keeps what was primed (the catalog’s names, computed at ingest) through any flood', () => {
    let calls = 0
    const f = memoByString((s: string) => (calls++, `${s}!`), 100)
    const names = Array.from({ length: 500 }, (_, i) => `单位${i}`)
    for (const n of names) f.prime(n, `${n}!`) // 2,500 characters: far past the generations' bound
    for (let i = 0; i < 1_000; i++) f(`问题${i}`)
    expect(names.map((n) => f(n))).toEqual(names.map((n) => `${n}!`))
    expect(calls).toBe(1_000)
  })

  it('holds a generation of long strings in as many characters as one of short strings', () => {
    const calls = new Map<string, number>()
    const f = memoByString((s: string) => (calls.set(s, (calls.get(s) ?? 0) + 1), s), 1_000)
    const long = Array.from({ length: 30 }, (_, i) => `${'问'.repeat(97)}${String(i).padStart(3, '0')}`)
    for (const s of long) f(s) // 3,000 characters: three generations' worth
    f(long[0])
    f(long[29])
    expect(calls.get(long[0])).toBe(2) // aged out after 20 long strings (two generations of 1,000 characters)
    expect(calls.get(long[29])).toBe(1)
    const short = Array.from({ length: 200 }, (_, i) => `行${String(i).padStart(2, '0')}`)
    for (const s of short) f(s) // 600 characters: within one generation (200 entries, where the long strings fit 10)
    for (const s of short) f(s)
    expect(short.every((s) => calls.get(s) === 1)).toBe(true)
  })
})
