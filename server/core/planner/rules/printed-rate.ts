import type { Figure } from '../../tools/lib/figure.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `printed-rate`: a change computed between two columns of one table row whose table prints the rate beside them
 * (增减% after 增减值) says that printed rate too, cited from its cell, when its sign agrees with the change. A rate
 * that disagrees is not quoted: the computed change stands alone.
 */
export function printedRateBeside(run: ToolRunner, f: Figure, prior: Figure, down: boolean): string | undefined {
  if (!f.rowId || f.rowId !== prior.rowId) return undefined
  const r = run.run('get-figure', { rowId: f.rowId, column: 'growth' })
  if (!r.ok) return undefined
  const rate = r.figures[0]
  if (rate.amount.unit !== '%' || rate.fen === undefined && !/%$/.test(rate.text)) return undefined
  const negative = rate.text.trim().startsWith('-')
  const zero = Number(rate.amount.value) === 0
  if (zero || negative !== down) return undefined
  run.cite(rate.citation)
  return `表中“${rate.column ?? '增减%'}”一栏为${rate.text}`
}
