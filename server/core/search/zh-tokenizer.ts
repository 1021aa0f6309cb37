import lunr from 'lunr'
import { bigramsOf } from './bigrams.js'
import { normalizeText } from './normalize-text.js'

/**
 * Chinese tokens for lunr: Intl.Segmenter words plus character bigrams of every Han run.
 * ICU splits many budget words into single characters (医/保, 公务/用/车), so bigrams carry recall
 * while whole words carry precision.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const HAN_RUN = /\p{Script=Han}+/gu

export function tokenizeZh(text: string): string[] {
  const norm = normalizeText(text)
  const out = new Set<string>()
  for (const s of segmenter.segment(norm)) if (s.isWordLike) out.add(s.segment)
  for (const m of norm.matchAll(HAN_RUN)) for (const b of bigramsOf(m[0])) out.add(b)
  return [...out]
}

/** lunr tokenizer with the Chinese segmentation (lunr calls it with a field value). */
export function zhTokenizer(obj?: unknown): lunr.Token[] {
  if (obj == null) return []
  const text = Array.isArray(obj) ? obj.join(' ') : String(obj)
  return tokenizeZh(text).map((t, i) => new lunr.Token(t, { position: [i, t.length], index: i }))
}

/** Pipeline step: drops tokens that are only punctuation. Registered so a saved index loads again. */
export const ZH_TERM_FILTER = 'zhTermFilter'
function zhTermFilter(token: lunr.Token): lunr.Token | undefined {
  return keepTerm(token.toString()) ? token : undefined
}
/** Whether a term is kept in the index: it has a letter or a digit. */
export const keepTerm = (term: string) => /[\p{L}\p{N}]/u.test(term)
lunr.Pipeline.registerFunction(zhTermFilter as lunr.PipelineFunction, ZH_TERM_FILTER)
export const zhTermFilterFn = zhTermFilter as lunr.PipelineFunction
