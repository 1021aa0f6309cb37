import { meaningMap } from '../../read/meaning-view.js'
import { halfWidth } from '../../search/normalize-text.js'

/** Characters matching leaves out of a normalised excerpt: whitespace and quotation marks (title marks 《》<> too). */
const IGNORABLE = /[\s\u3000“”"‘’「」『』《》〈〉<>]/u
const ENDS = /[。；;！？!?\n]/u
/** Punctuation an excerpt may have put between two pieces it joined ("…减少；主要原因…"). */
const JOIN = /[；。，,;]/u
const MIN_PIECE = 2

/**
 * The source text an excerpt was read from, exactly as printed (full-width punctuation, quotes, spacing), with
 * every cut marked ……: where it starts or ends inside a sentence and where the excerpt left words out between two
 * pieces. `excerpt` is a normalised form of parts of `source` (see normalizeText), read through the meaning view
 * (a source printed in Traditional is quoted in Traditional, its pinyin glosses kept); undefined when it is not.
 */
export function verbatimQuote(source: string, excerpt: string): string | undefined {
  // at[k]: where the k-th compared character starts in the source; upto[k]: where it ends (a gloss after it included)
  const at: number[] = []
  const upto: number[] = []
  let flat = ''
  const view = meaningMap(source)
  for (let i = 0; i < view.text.length; i++) {
    if (IGNORABLE.test(view.text[i])) continue
    flat += halfWidth(view.text[i]).toLowerCase()
    at.push(view.from[i])
    upto.push(view.to[i])
  }
  const want = [...excerpt].filter((c) => !IGNORABLE.test(c)).join('').toLowerCase()
  const pieces: [number, number][] = []
  let pos = 0
  for (let k = 0; k < want.length; ) {
    const [idx, len] = longestFrom(flat, pos, want, k)
    if (idx < 0 || (len < MIN_PIECE && k + len < want.length)) {
      // a joining mark the excerpt added, or a character the source does not have here
      if (JOIN.test(want[k]) || idx < 0) { k++; continue }
    }
    pieces.push([idx, idx + len])
    pos = idx + len
    k += len
  }
  if (!pieces.length) return undefined
  const first = at[pieces[0][0]]
  // a quotation opened right before the excerpt ("“三公”经费…") is printed with it, as its close is after it
  const opening = /[“‘「『]/u.test(source[first - 1] ?? '') ? source[first - 1] : ''
  let out = (cutBefore(source, first - opening.length) ? '……' : '') + opening
  pieces.forEach(([from, b], n) => {
    let a = from
    if (n > 0) {
      const [, prevEnd] = pieces[n - 1]
      const between = source.slice(upto[prevEnd - 1], at[a])
      // nothing but punctuation and spacing between two pieces: print it; words left out: mark the cut
      const cut = prevEnd !== a && !/^[\s\p{P}]*$/u.test(between)
      out += cut ? '……' : between
      // after a cut, a piece does not open with the mark that ended the words left out
      if (cut && JOIN.test(source[at[a]]) && b - a > 1) a++
    }
    out += source.slice(at[a], upto[b - 1])
  })
  const end = upto[pieces[pieces.length - 1][1] - 1]
  return out + (!ENDS.test(source[end - 1]) && cutAfter(source, end) ? '……' : closingQuote(source, end))
}

/** The longest run of `want` from `k` found in `flat` at or after `pos`: [index, length], [-1, 0] when none. */
function longestFrom(flat: string, pos: number, want: string, k: number): [number, number] {
  let best: [number, number] = [-1, 0]
  for (let i = flat.indexOf(want[k], pos); i >= 0; i = flat.indexOf(want[k], i + 1)) {
    let n = 1
    while (k + n < want.length && flat[i + n] === want[k + n]) n++
    if (n > best[1]) best = [i, n]
    if (k + n === want.length) break
  }
  return best
}

/** The excerpt starts inside a sentence: the text before it (quotes and spaces aside) does not end one. */
function cutBefore(source: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && IGNORABLE.test(source[j])) j--
  return j >= 0 && !ENDS.test(source[j])
}

/** The excerpt stops inside a sentence: more words follow before the sentence ends. */
function cutAfter(source: string, end: number): boolean {
  const rest = source.slice(end)
  const m = /^[\s\u3000”"’」』]*/u.exec(rest)![0]
  const next = rest.slice(m.length)
  return next.length > 0 && !ENDS.test(next[0])
}

/** A closing quote right after the excerpt belongs to it. */
const closingQuote = (source: string, end: number) => /^[”’」』]/u.exec(source.slice(end))?.[0] ?? ''

/** "（第103行）" or "（第103–105行）": the lines a quote spans. */
export function linesText(lines: [number, number] | number[]): string {
  const [a, b] = [lines[0], lines[1] ?? lines[0]]
  return a === b ? `（第${a}行）` : `（第${a}–${b}行）`
}
