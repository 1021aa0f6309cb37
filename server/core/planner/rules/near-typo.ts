import { bigramsOf } from '../../search/bigrams.js'
import type { Lexicon } from '../../lexicon/lexicon-schema.js'
import type { Term } from '../vocabulary.js'
import { vocabularyLookup } from '../vocabulary-lookup.js'

/**
 * Rule `near-typo`: a subject typed with one character wrong, for its neighbour in sound or shape ("住房公基金" for
 * 住房公积金, "公务介待费" for 公务接待费): the words no term reads, a row or named item of the vocabulary (five
 * characters or more) differs from them in that one character only, inside the word, and that character makes a pair
 * no word of the vocabulary holds (so "上年结余" is never read as 上年结转: both are the genre's words). Read as that
 * word, and the answer says so. Never a body's or a place's name (one character makes another organisation), never a
 * guess between two words.
 */
export interface TypoRead {
  /** the words as asked, and as read */
  asked: string
  read: string
}

/** Names of bodies and places: a character of theirs changed names another one. */
const BODY_END = /(?:局|委员会|委|办公室|办|院|中心|站|所|学校|中学|小学|幼儿园|医院|队|馆|政府|镇|乡|街道|社区|村|县|区|市|省|州|旗|盟)$/u
const PLACE_CHAR = /[省市县区州旗盟镇乡村]/u
const HAN = /\p{Script=Han}/u
/** a bigram list this long names a word of every table: no clue to which word was meant */
const COMMON = 400

/** The pairs of characters the lexicon's words hold (held or not); the corpus's are its bigram lists' keys. */
const pairsCache = new WeakMap<Lexicon, Set<string>>()
function lexiconPairs(lexicon: Lexicon): Set<string> {
  let s = pairsCache.get(lexicon)
  if (!s) {
    s = new Set()
    const words = [
      ...lexicon.synonyms.flat(), ...lexicon.headerTerms, ...lexicon.functionClasses,
      ...lexicon.concepts.flatMap((c) => [...c.aliases, ...(c.weak ?? []), ...c.prose, ...(c.parts ?? []).flatMap((p) => [p.label, ...p.aliases])]),
      ...lexicon.columns.flatMap((c) => c.aliases), ...lexicon.counts.flatMap((c) => [...c.aliases, ...c.keywords]),
    ]
    for (const w of words) for (const b of bigramsOf(w)) s.add(b)
    pairsCache.set(lexicon, s)
  }
  return s
}

/**
 * The one-character reading of `word` (words of `text` at `start` no term read), if exactly one exists: the
 * characters of `text` around it are searched too, since the word a typo breaks may begin in read words
 * ("住房" read, "公基金" not).
 */
export function nearTypo(text: string, start: number, word: string, vocab: Term[], lexicon: Lexicon): TypoRead | undefined {
  if (word.length < 2) return undefined
  const end = start + word.length
  const { rowsByBigram, namedByBigram } = vocabularyLookup(vocab)
  const lex = lexiconPairs(lexicon)
  const known = (b: string) => lex.has(b) || rowsByBigram.has(b) || namedByBigram.has(b)
  const from = Math.max(0, start - 10)
  const to = Math.min(text.length, end + 10)
  const seen = new Set<number>()
  const candidates: Term[] = []
  for (let i = from; i + 2 <= to; i++) {
    const b = text.slice(i, i + 2)
    for (const lists of [rowsByBigram, namedByBigram]) {
      const list = lists.get(b)
      if (!list || list.length > COMMON) continue
      for (const n of list) if (!seen.has(n)) { seen.add(n); candidates.push(vocab[n]) }
    }
  }
  const reads = new Map<string, TypoRead>()
  for (const term of candidates) {
    const k = term.key
    if (k.length < 5 || k.length > 16 || BODY_END.test(k)) continue
    for (let p = Math.max(0, start - k.length + 1); p < end && p + k.length <= text.length; p++) {
      let miss = -1
      for (let j = 0; j < k.length; j++) {
        if (text[p + j] === k[j]) continue
        if (miss >= 0) { miss = -2; break }
        miss = j
      }
      // (inside the word only: a first or last character differing is another word's edge, 民生支出 for 卫生支出, or the
      // question's next word run on, 公务接待费实(际) for 公务接待费用)
      if (miss <= 0 || miss === k.length - 1) continue
      const at = p + miss
      // (the wrong character is one of the unread words, a character for a character, never a place's)
      if (at < start || at >= end || !HAN.test(text[at]) || !HAN.test(k[miss]) || PLACE_CHAR.test(k[miss]) || PLACE_CHAR.test(k[miss + 1] ?? '')) continue
      // (…and reads as no pair of the genre's words: a typo, not another word)
      const before = at > p ? text.slice(at - 1, at + 1) : undefined
      const after = at + 1 < p + k.length ? text.slice(at, at + 2) : undefined
      if ([before, after].every((b) => !b || known(b))) continue
      const key = `${at}:${k[miss]}`
      const cur = reads.get(key)
      if (!cur || k.length > cur.read.length) reads.set(key, { asked: text.slice(p, p + k.length), read: k })
    }
  }
  // (two readings are a guess)
  return reads.size === 1 ? [...reads.values()][0] : undefined
}
