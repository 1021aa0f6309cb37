import type { BudgetDocument } from '../../schema.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { compactText } from '../../search/normalize-text.js'
import { sentencesOf } from './prose.js'

const cache = new WeakMap<BudgetDocument, string[]>()
/** Each paragraph of a document, compact (read once per document). */
function compactParagraphs(doc: BudgetDocument): string[] {
  let c = cache.get(doc)
  if (!c) cache.set(doc, (c = doc.paragraphs.map((p) => compactText(p.text))))
  return c
}

const meaningCache = new WeakMap<BudgetDocument, string[]>()
/**
 * Each paragraph of a document as its words are read (the meaning view: Simplified, glosses dropped), compact, in the
 * order of `doc.paragraphs`; read once per document (the prose rules scan them on every question).
 */
export function meaningParagraphs(doc: BudgetDocument): string[] {
  let c = meaningCache.get(doc)
  if (!c) meaningCache.set(doc, (c = doc.paragraphs.map((p) => compactText(foldMeaning(p.text)))))
  return c
}

/**
 * Whether some paragraph of the document may hold a sentence holding every one of these words (as the prose search
 * reads sentences: normalizeText, or compactText): when none does, the search can be skipped. A sentence is a piece
 * of its normalised paragraph and compactText works character by character, so a sentence holding a word means its
 * paragraph, compact, holds the word, compact. A linear scan of the prose, no index query.
 *
 *   proseMayHold(doc, '政府性基金', '无') // false: nothing to search for
 */
export function proseMayHold(doc: BudgetDocument, ...words: string[]): boolean {
  const compact = words.map(compactText)
  return compactParagraphs(doc).some((p) => compact.every((w) => p.includes(w)))
}

/**
 * Whether some sentence of the document (as the prose search splits it) holds `word` as written and `key` compact:
 * what a search for "无…<subject>" sentences keeps. The paragraphs are narrowed by proseMayHold first, so only those
 * holding both anywhere are split.
 */
export function sentenceMayHold(doc: BudgetDocument, word: string, key: string): boolean {
  if (!proseMayHold(doc, word, key)) return false
  const compact = compactParagraphs(doc)
  const k = compactText(key)
  return doc.paragraphs.some((p, i) => compact[i].includes(k) && sentencesOf(p.text).some((s) => s.text.includes(word) && compactText(s.text).includes(k)))
}
