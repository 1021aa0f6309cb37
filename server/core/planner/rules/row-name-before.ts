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
export function extendRowHitsBack(corpus: Corpus, hits: ConceptHit[], mask: string[], v: Vocabulary, text?: string): void {
  const rows = vocabularyOf(corpus, v).filter((x) => x.kind === 'row')
  for (const [n, h] of hits.entries()) {
    const funded = text ? fundNamedRow(rows, h, text) : undefined
    if (funded) {
      hits[n] = funded
      // (the fund's name matched alone is now the row's words)
      for (let k = hits.length - 1; k >= 0; k--) if (k !== n && hits[k].start >= funded.start && hits[k].end <= h.start) hits.splice(k, 1)
      for (let k = funded.start; k < h.start; k++) mask[k] = HOLE
      continue
    }
    if (h.kind !== 'row' || h.code) continue
    for (let extra = Math.min(6, h.start); extra >= 2; extra--) {
      const before = mask.slice(h.start - extra, h.start).join('')
      if (!/^\p{Script=Han}+$/u.test(before) || before.includes(HOLE)) continue
      const phrase = before + h.surface
      // rule row-before-side: the words before a class's short name with its side ("环境" + 卫生支出) that, with the name
      // and without the side, make a held row's name (城乡社区环境卫生) ask that row, never the class
      const bare = SIDE_END.test(h.surface) ? before + h.surface.replace(SIDE_END, '') : undefined
      const containing = (w: string) => rows.filter((x) => x.key.length >= w.length && x.key.includes(w)).sort((a, b) => a.key.length - b.key.length)[0]
      const longer = containing(phrase) ?? (bare && bare.length >= 4 ? containing(bare) : undefined)
      if (!longer) continue
      hits[n] = { ...h, name: longer.name, start: h.start - extra, surface: phrase }
      for (let k = h.start - extra; k < h.start; k++) mask[k] = HOLE
      break
    }
  }
}

/** A subject's side said after its name (卫生支出): not part of a row's name (城乡社区环境卫生). */
const SIDE_END = /(?:支出|经费)$/u

/** A fund's name said short ("政府性基金", "国有资本经营", without 预算), 的 after it allowed. */
const FUND_BEFORE = /(政府性基金|国有资本经营|一般公共预算)(预算)?的?$/u

/**
 * Rule `fund-named-row`: "政府性基金的财政拨款收入", "国有资本经营财政拨款收入" name the 收支总表's row of that fund
 * (政府性基金预算财政拨款收入), its 预算 and the 的 said or not: the fund's words before a 财政拨款 subject join it when
 * a held row is named so. Undefined unless such a row is held.
 */
function fundNamedRow(rows: { key: string; name: string }[], h: ConceptHit, text: string): ConceptHit | undefined {
  if (h.code || !/^财政拨款(?:收入|支出)?$/u.test(h.surface)) return undefined
  const m = FUND_BEFORE.exec(text.slice(Math.max(0, h.start - 9), h.start))
  if (!m) return undefined
  const fund = m[1] === '一般公共预算' ? m[1] : `${m[1]}预算`
  const row = rows.find((x) => x.key === fund + h.surface)
  if (!row) return undefined
  return { ...h, kind: 'row', name: row.name, start: h.start - m[0].length, surface: m[0] + h.surface }
}
