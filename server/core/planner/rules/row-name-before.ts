import type { ConceptHit } from '../question-frame.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { Corpus } from '../../schema.js'
import { vocabularyOf } from '../vocabulary.js'

const HOLE = '\u0000'

/**
 * Rule `row-name-before`: a row matched exactly but preceded by words that only a longer row name has before it:
 * "年末结转和结余" is not 结余 (a column of the 政府性基金 table) with stray words, it is the 收支总表's row
 * 年末结转和结余. The longest run of 2–6 unclaimed characters before the hit that some longer row name contains
 * with it wins; `mask` is the question with claimed spans blanked (updated for the characters taken).
 */
export function extendRowHitsBack(corpus: Corpus, hits: ConceptHit[], mask: string[], v: Vocabulary): void {
  const rows = vocabularyOf(corpus, v).filter((x) => x.kind === 'row')
  for (const [n, h] of hits.entries()) {
    if (h.kind !== 'row' || h.code) continue
    for (let extra = Math.min(6, h.start); extra >= 2; extra--) {
      const before = mask.slice(h.start - extra, h.start).join('')
      if (!/^\p{Script=Han}+$/u.test(before) || before.includes(HOLE)) continue
      const phrase = before + h.surface
      const longer = rows.filter((x) => x.key.length >= phrase.length && x.key.includes(phrase)).sort((a, b) => a.key.length - b.key.length)[0]
      if (!longer) continue
      hits[n] = { ...h, name: longer.name, start: h.start - extra, surface: phrase }
      for (let k = h.start - extra; k < h.start; k++) mask[k] = HOLE
      break
    }
  }
}
