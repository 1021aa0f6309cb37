import type { Corpus } from '../../schema.js'
import { titleSubject } from '../../tools/lib/title-subject.js'
import { isFiscalScope } from '../../tools/lib/fiscal-own-line.js'
import type { ConceptHit } from '../question-frame.js'

const HOLE = '\u0000'

/**
 * Rule `title-subject-asked`: a place's 财政预算 (or 财政决算) prints one subject per table, named only by the title (2021年某区
 * 一般公共预算收入执行情况表, its total line unlabelled or 合计). A phrase such a title names as its subject, written
 * in the question over words no organisation or year took (`masked`), is that subject when it covers every term found
 * inside it ("一般公共预算收入", not the fund 一般公共预算 and a weak 收入, nor a row sharing its first words); a term
 * reaching beyond it, or as long, keeps its reading. Replaces those hits and claims the span in `mask`.
 */
export function titleSubjectAsked(corpus: Corpus, masked: string, mask: string[], hits: ConceptHit[]): void {
  let best: { name: string; start: number } | undefined
  for (const doc of corpus.documents.filter((d) => isFiscalScope(d.scope))) {
    for (const t of doc.tables) {
      const name = titleSubject(doc, t)
      if (!name || (best && best.name.length >= name.length)) continue
      const start = masked.indexOf(name)
      if (start >= 0 && !masked.slice(start, start + name.length).includes(HOLE)) best = { name, start }
    }
  }
  if (!best) return
  const { name, start } = best
  const end = start + name.length
  const overlapping = hits.filter((h) => h.start < end && start < h.end)
  if (overlapping.some((h) => h.start < start || h.end > end || h.end - h.start >= name.length)) return
  for (const h of overlapping) hits.splice(hits.indexOf(h), 1)
  mask.fill(HOLE, start, end)
  hits.push({ name, kind: 'row', start, end, surface: name })
}
