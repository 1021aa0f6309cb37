import lunr from 'lunr'

/** The parts of a loaded lunr index this scorer reads (lunr 2.3.9's own fields; its typings leave them out). */
interface IndexInternals {
  fields: string[]
  pipeline: lunr.Pipeline
  tokenSet: lunr.TokenSet
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>
  fieldVectors: Record<string, lunr.Vector>
}

export interface RankedRef { ref: string; score: number }

/**
 * lunr's `Index.query` for optional terms run through the pipeline (`q.term(t, { usePipeline: true })`), scored only
 * for the refs `within` keeps: the same refs, scores and order as the full query filtered afterwards, without
 * scoring (or building match data for) every other document the words occur in. A search scoped to one document
 * of a corpus-wide index (the planner's checks of each subject in each document it reads) costs what that
 * document holds, not what the corpus holds (issue 12).
 */
export function queryWithin(index: lunr.Index, tokens: string[], within: (ref: string) => boolean): RankedRef[] {
  const idx = index as unknown as IndexInternals
  const query = new lunr.Query(idx.fields)
  for (const t of tokens) query.term(t, { usePipeline: true })
  const queryVectors: Record<string, lunr.Vector> = Object.create(null)
  for (const f of idx.fields) queryVectors[f] = new lunr.Vector([])
  const termFieldSeen = new Set<string>()
  // field refs of kept documents in the order lunr first meets them (its sort is stable: ties keep this order)
  const fieldRefs: string[] = []
  const metFieldRefs = new Set<string>()
  for (const clause of query.clauses) {
    const terms = (idx.pipeline.runString as (s: string, meta: object) => string[])(clause.term, { fields: clause.fields })
    for (const term of terms) {
      clause.term = term
      const expanded = idx.tokenSet.intersect((lunr.TokenSet as unknown as { fromClause(c: lunr.Query.Clause): lunr.TokenSet }).fromClause(clause)).toArray()
      for (const expandedTerm of expanded) {
        const posting = idx.invertedIndex[expandedTerm]
        for (const field of clause.fields ?? idx.fields) {
          queryVectors[field].upsert(posting._index, clause.boost ?? 1, (a, b) => a + b)
          const termField = `${expandedTerm}/${field}`
          if (termFieldSeen.has(termField)) continue
          termFieldSeen.add(termField)
          for (const ref of Object.keys(posting[field])) {
            if (!within(ref)) continue
            const fieldRef = `${field}/${ref}`
            if (!metFieldRefs.has(fieldRef)) {
              metFieldRefs.add(fieldRef)
              fieldRefs.push(fieldRef)
            }
          }
        }
      }
    }
  }
  const byRef = new Map<string, RankedRef>()
  const results: RankedRef[] = []
  for (const fieldRef of fieldRefs) {
    const cut = fieldRef.indexOf('/')
    const field = fieldRef.slice(0, cut)
    const ref = fieldRef.slice(cut + 1)
    const score = queryVectors[field].similarity(idx.fieldVectors[fieldRef])
    const hit = byRef.get(ref)
    if (hit) hit.score += score
    else {
      const r = { ref, score }
      byRef.set(ref, r)
      results.push(r)
    }
  }
  return results.sort((a, b) => b.score - a.score)
}
