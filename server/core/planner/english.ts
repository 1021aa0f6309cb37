import { escapeRegExp } from '../search/normalize-text.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'

/** singular or plural, whichever the lexicon lists: "office expense" and "office expenses" */
const stem = (en: string) => (/[^s]s$/.test(en) ? en.slice(0, -1) : en)
const patterns = new WeakMap<Vocabulary, (readonly [RegExp, string])[]>()
/** The vocabulary's English words as patterns, longest first (built once per vocabulary). */
function patternsOf(v: Vocabulary): (readonly [RegExp, string])[] {
  let out = patterns.get(v)
  if (!out) {
    const pairs = [...v.lexicon.english].sort((a, b) => b[0].length - a[0].length)
    patterns.set(v, (out = pairs.map(([en, zh]) => [new RegExp(`\\b${escapeRegExp(stem(en))}s?\\b`, 'gi'), zh] as const)))
  }
  return out
}

/** True when a question is mostly Latin letters (an English question). */
export function isEnglish(q: string): boolean {
  const latin = (q.match(/[a-z]/gi) ?? []).length
  const han = (q.match(/\p{Script=Han}/gu) ?? []).length
  return latin >= 6 && latin > han * 2
}

/**
 * Rewrite a simple English question into the Chinese words the planner reads ("Jiangbei District" → "江北区",
 * "housing" → "住房保障支出"). Unknown words stay; the planner ignores them.
 */
export function englishToChinese(q: string, v: Vocabulary): string {
  let s = ` ${q.replace(/[’‘]/g, "'")} `
  for (const [re, zh] of patternsOf(v)) s = s.replace(re, ` ${zh} `)
  s = s.replace(/(\p{Script=Han})\s+(区|县|市)(?=\s)/gu, '$1$2').replace(/\b(?:in|of|for|the|a|an)\s+(20\d\d)\b/gi, ' $1年 ')
  return s.replace(/\s+/g, ' ').trim()
}
