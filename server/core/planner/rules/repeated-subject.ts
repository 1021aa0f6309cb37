import type { ConceptHit } from '../question-frame.js'

/**
 * What makes two readings one subject: the same words read the same way; only where the question wrote them differs.
 * Two different wordings of one concept stay two ("本年收入占收入总计": a part and its whole, both read as 收入).
 */
const subjectKey = (c: ConceptHit) => JSON.stringify([c.surface, c.kind, c.name, c.code ?? '', c.role ?? '', c.level ?? '', c.parent ?? '', c.tableKind ?? '', c.fiscalPart ?? false, c.alsoRow ?? false])

/**
 * Rule `repeated-subject`: a subject written again in the same words ("办公费……办公费") is the same subject, read once, as a year or an
 * organisation written twice is one: every later reading of the question (which documents print it, each figure) is
 * made once per subject, not once per time it was written. The first writing is kept (its offsets).
 */
export function subjectsOnce(subjects: ConceptHit[]): ConceptHit[] {
  const seen = new Set<string>()
  return subjects.filter((c) => {
    const key = subjectKey(c)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
