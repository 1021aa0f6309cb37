import type { Citation } from '../schema.js'
import type { ExplainFigureInput, Explanation } from '../tools/explain-figure.js'
import type { GetFigureOutput } from '../tools/get-figure.js'
import type { Figure } from '../tools/lib/figure.js'
import type { ConceptHit } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'
import type { ColumnRole } from '../schema.js'

export interface FigureLookup {
  figure?: Figure
  others: Figure[]
  /** the row exists but its cell is empty */
  empty?: Citation
}

/** One subject in one document: the table cell (get-figure), else the figure the prose states (find-prose-figure). */
export function figureFor(run: ToolRunner, t: Target, subject: ConceptHit, column?: ColumnRole): FigureLookup {
  const prior = t.year !== t.doc.year
  const input = {
    docId: t.doc.id,
    name: subject.code ? undefined : subject.name,
    code: subject.code,
    column: column && column !== 'total' ? column : undefined,
    year: prior ? t.year : undefined,
  }
  const r = run.run<GetFigureOutput>('get-figure', input)
  if (r.ok) return { figure: r.figures[0], others: r.others }
  const empty = r.citations[0]
  if (prior || subject.code) return { others: [], empty }
  const proseName = column && column !== 'total' ? undefined : subject.name
  if (!proseName) return { others: [], empty }
  const p = run.run<{ figures: Figure[] }>('find-prose-figure', { docId: t.doc.id, name: proseName, kind: 'money' })
  return p.ok ? { figure: p.figures[0], others: [] } : { others: [], empty }
}

/** The prose's explanation of a figure (change against last year, 主要原因), when it states that very figure. */
export function explanationFor(run: ToolRunner, t: Target, name: string, fen?: number, requireAnchor = true): { e: Explanation; c: Citation } | undefined {
  const input: ExplainFigureInput = { docId: t.doc.id, name, fen }
  const r = run.run<{ explanations: Explanation[] }>('explain-figure', input)
  if (!r.ok || !r.explanations.length) return undefined
  const e = r.explanations[0]
  if (requireAnchor && !e.anchored) return undefined
  if (!e.change && !e.reason) return undefined
  return { e, c: r.citations[0] }
}
