import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { Corpus } from '../../schema.js'
import { abridgedNameSpan } from '../../tools/lib/abridged-name.js'
import type { ConceptHit } from '../question-frame.js'
import { vocabularyOf } from '../vocabulary.js'
import { namedItemsNear } from '../vocabulary-lookup.js'

const HOLE = '\u0000'

/**
 * Rule abridged-project: a project asked by its name with words left out ("农村饮水维修养护项目" for
 * 农村饮水安全工程维修养护项目) is that project, when no other term claimed a project. The name may open with its
 * organisation's own words (国有林场森林抚育工程项目 of 东浦县国有林场), so it is read on the question as written
 * (`text`), over no other term's words. The longest such phrase wins; its span is claimed in `mask`.
 */
export function abridgedProjects(corpus: Corpus, text: string, mask: string[], v: Vocabulary, found: ConceptHit[]): ConceptHit[] {
  if (found.some((c) => c.kind === 'project')) return []
  let best: { hit: ConceptHit; len: number } | undefined
  for (const t of namedItemsNear(vocabularyOf(corpus, v), text)) {
    if (t.kind !== 'project') continue
    const span = abridgedNameSpan(t.key, text)
    if (!span || found.some((c) => c.start < span.end && span.start < c.end)) continue
    const len = span.end - span.start
    if (!best || len > best.len) best = { hit: { name: t.name, kind: 'project', start: span.start, end: span.end, surface: text.slice(span.start, span.end) }, len }
  }
  if (!best) return []
  mask.fill(HOLE, best.hit.start, best.hit.end)
  return [best.hit]
}
