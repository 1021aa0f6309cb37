import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { figureText } from '../compose.js'
import { figureFor } from '../figure-for.js'
import { operandOf } from '../operands.js'

/**
 * Rule `completion-computed`: "完成预算的百分之多少" of a row whose table prints no such column (or one whose head was
 * lost) but prints the year's 完成数/决算数 beside its 预算数: the one over the other, computed from the two cells of
 * that same row and said to be computed. Never from two rows or two tables.
 */
export function computedCompletion(run: ToolRunner, t: Target, subject: ConceptHit): string | undefined {
  const done = figureFor(run, t, subject, 'final').figure
  const plan = figureFor(run, t, subject, 'initial').figure
  if (!done?.rowId || done.rowId !== plan?.rowId || !plan.fen) return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(done), operandOf(plan)] })
  if (!r.ok) return undefined
  run.cite(...r.citations)
  return `${r.result.text}（${figureText(done)} ÷ ${figureText(plan)}，表中没有印出这一栏，按同一行的数字计算）`
}
