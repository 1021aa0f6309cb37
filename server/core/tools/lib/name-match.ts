import { compactText, withoutParens } from '../../search/normalize-text.js'
import { bigramsOf } from '../../search/bigrams.js'
import { memoByString } from '../../search/string-memo.js'

const SUFFIX = /(?:支出|费用)$/
/** "税收收入小计", "人员经费合计": the (sub)total of a group is that group's own figure, asked by the group's name. */
const SUBTOTAL = /小计$/
/** A list number, after any "其中：" a part row opens with ("其中:(1)公务用车运行维护费"). */
const ENUMERATOR = /^(?:其中[:：]?(?=\S))?(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|\d+[.、])|^其中[:：]/

/** A row name without its list number: "二、上年结转" → 上年结转, "（一）一般公共预算拨款" → 一般公共预算拨款. */
export function unnumbered(name: string): string {
  const n = compactText(name).replace(ENUMERATOR, '')
  return n.length >= 2 ? n : compactText(name)
}

/**
 * The forms a row name may be asked by of its own: itself, without (…) parts, without a trailing 支出/费用 or 小计
 * (when ≥ 4 characters remain). Only its own (`false`, as callers write it): synonyms come with a vocabulary (Vocabulary.names.variants).
 */
export function nameVariants(name: string, _withSynonyms?: false): string[] {
  // a copy: callers may keep or change what they get
  return variantsOwn(name).slice()
}

const variantsOwn = memoByString((name) => variantsOf(name))

function variantsOf(name: string, synonymsOf?: (term: string) => string[]): string[] {
  const base = compactText(name)
  const out = new Set<string>([base])
  // "二、上年结转" is asked as 上年结转
  const unnumbered = base.replace(ENUMERATOR, '')
  if (unnumbered.length >= 2) out.add(unnumbered)
  const noParen = withoutParens(base)
  if (noParen.length >= 2) out.add(noParen)
  for (const v of [...out]) {
    const cut = v.replace(SUFFIX, '')
    if (cut !== v && cut.length >= 4) out.add(cut)
    const group = v.replace(SUBTOTAL, '')
    if (group !== v && group.length >= 4) out.add(group)
    // "对个人和家庭的补助" is asked as 对个人和家庭补助: a 的 inside a name is said or not
    const plain = v.replace(/(?<=\p{Script=Han})的(?=\p{Script=Han})/gu, '')
    if (plain !== v && plain.length >= 5) out.add(plain)
  }
  if (synonymsOf) for (const v of [...out]) for (const s of synonymsOf(v)) out.add(s)
  return [...out].filter((v) => v.length >= 2)
}

export function dice(a: string, b: string): number {
  const A = bigramsOf(a)
  const B = bigramsOf(b)
  if (!A.length || !B.length) return 0
  const pool = new Map<string, number>()
  for (const x of B) pool.set(x, (pool.get(x) ?? 0) + 1)
  let common = 0
  for (const x of A) {
    const n = pool.get(x) ?? 0
    if (n > 0) { common++; pool.set(x, n - 1) }
  }
  return (2 * common) / (A.length + B.length)
}

/** Name matching with one vocabulary's synonyms: each vocabulary remembers its own variants and fits. */
export interface NameMatcher {
  /** the forms a row name may be asked by, synonyms included (nameVariants with the vocabulary's synonym groups) */
  variants(name: string): string[]
  /**
   * How well a requested name fits a row name, 0..1: 1 exact, 0.95 a variant or synonym, 0.85 the request
   * contains the name, 0.7·coverage the name contains the request, else bigram similarity when ≥ 0.6.
   */
  fit(query: string, rowName: string): number
}

export function nameMatcher(synonymsOf: (term: string) => string[]): NameMatcher {
  const variantsWithSynonyms = memoByString((name) => variantsOf(name, synonymsOf))
  const variants = (name: string) => variantsWithSynonyms(name).slice()
  const fits = new Map<string, Map<string, number>>()
  let fitCount = 0
  const fitOf = (query: string, rowName: string): number => {
    const q = compactText(query)
    const n = compactText(rowName)
    if (!q || !n) return 0
    if (q === n) return 1
    const qv = variantsWithSynonyms(q)
    const nv = variantsWithSynonyms(n)
    if (nv.some((v) => qv.includes(v))) return 0.95
    // containment uses the names' own forms: a synonym of a short word (维护费) is not a part of a longer name (公务用车运行维护费)
    if (variantsOwn(n).some((v) => v.length >= 2 && q.includes(v))) return 0.85
    const inside = variantsOwn(q).filter((v) => v.length >= 2 && n.includes(v))
    if (inside.length) return 0.7 * (Math.max(...inside.map((v) => v.length)) / n.length)
    const d = dice(withoutParens(q), withoutParens(n))
    return d >= 0.6 ? d * 0.8 : 0
  }
  const fit = (query: string, rowName: string): number => {
    // a question's name is fitted against every row of the documents read, on every question: each pair once
    if (query.length > 64 || rowName.length > 64) return fitOf(query, rowName)
    let row = fits.get(query)
    if (!row) fits.set(query, (row = new Map()))
    let f = row.get(rowName)
    if (f === undefined) {
      f = fitOf(query, rowName)
      // bounded: past 200,000 pairs the memo starts afresh
      if (++fitCount > 200_000) {
        fits.clear()
        fitCount = 1
        fits.set(query, (row = new Map()))
      }
      row.set(rowName, f)
    }
    return f
  }
  return { variants, fit }
}

/** The longest run of characters of `a` that `b` contains. */
export function longestShared(a: string, b: string): string {
  let best = ''
  for (let i = 0; i < a.length; i++) for (let j = i + best.length + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = a.slice(i, j)
  return best
}
